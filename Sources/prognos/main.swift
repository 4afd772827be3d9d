Avbrott.installera()
Slutkod.kor(Prognos.self)
