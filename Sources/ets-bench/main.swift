ETSBench.main()
