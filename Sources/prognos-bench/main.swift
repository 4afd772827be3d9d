PrognosBench.main()
