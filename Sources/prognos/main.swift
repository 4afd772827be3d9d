Avbrott.installera()
Prognos.main()
