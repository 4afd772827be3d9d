Prognos.main()
