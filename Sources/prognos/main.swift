Avbrott.installera()
await Slutkod.kor(Prognos.self)
