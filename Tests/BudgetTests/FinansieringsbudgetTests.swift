import Testing
@testable import Budget

@Suite("Finansieringsbudget")
struct FinansieringsbudgetTests {
    /// Regionplan 2023–2025, Bilaga 4 (../shared/seeds/regionplan-2023-2025.txt lines 2325–2371), budget
    /// columns 2023–2025, as printed.
    @Test("Bilaga 4's cash flows carry liquid funds 764 → 804 → 654 → 429 mnkr")
    func bilaga4LiquidFunds() {
        let poster = Kassaflodesposter(
            aretsResultat: [-213, -168, 108],                 // line 2325
            avskrivningar: [267, 239, 256],                    // line 2327
            forandringAvsattningar: [486, 477, 178],           // line 2333
            forandringForrad: [8, 10, -10],                    // line 2335
            forandringKortfristigaFordringar: [-50, -50, -50], // line 2337
            forandringKortfristigaPlaceringar: [0, 0, 0],      // line 2339
            forandringKortfristigaSkulder: [-20, -20, -20],    // line 2341
            investeringarImmateriella: [0, 0, 0],              // line 2347
            investeringarMarkOchByggnader: [-297, -502, -595], // line 2349
            investeringarMaskinerOchInventarier: [-141, -136, -92], // line 2351
            forvarvFinansiellaTillgangar: [0, 0, 0],           // line 2355
            nettoupplaning: [0, 0, 0])                         // lines 2361–2363
        let budget = Finansieringsbudget(poster: poster, ingaendeLikvidaMedel: 764) // line 2369
        #expect(budget.lopandeVerksamhet == [478, 488, 462])          // line 2343
        #expect(budget.investeringsverksamhet == [-438, -638, -687])  // line 2357
        #expect(budget.aretsKassaflode == [40, -150, -225])           // line 2367
        #expect(budget.likvidaMedelIB == [764, 804, 654])             // line 2369
        #expect(budget.likvidaMedelUB == [804, 654, 429])             // line 2371
    }
}
