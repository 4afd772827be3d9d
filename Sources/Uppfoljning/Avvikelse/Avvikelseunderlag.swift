import Foundation
/// The year's amounts a deviation report sums per level: outcome, budget and each version's prognosis per
/// series, and the series they cover.
struct Avvikelseunderlag {
    let utfall: [Serienyckel: Double]
    let budget: [Serienyckel: Double]
    /// Each version's prognosis per series.
    let prognoser: [[Serienyckel: Double]]
    /// Each series' latest prognosis: from the last version, oldest first, that has one for it.
    let senaste: [Serienyckel: Double]
    /// Each series' latest explanation (a hand prognosis row's `kommentar`), with the version it came with.
    let kommentarer: [Serienyckel: (text: String, version: Versionsnamn)]
    /// Every series with outcome, budget or a prognosis, sorted.
    let nycklar: [Serienyckel]

    init(utfall: [Serienyckel: Double], budget: [Serienyckel: Double], prognoser: [Prognosversion]) {
        self.utfall = utfall
        self.budget = budget
        self.prognoser = prognoser.map { v in
            Dictionary(v.poster.map { ($0.nyckel, $0.prognos) }, uniquingKeysWith: +)
        }
        senaste = self.prognoser.reduce(into: [:]) { senaste, version in senaste.merge(version) { _, senare in senare } }
        kommentarer = prognoser.reduce(into: [:]) { kommentarer, version in
            for post in version.poster {
                if let text = post.kommentar?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                    kommentarer[post.nyckel] = (text, Versionsnamn(version))
                }
            }
        }
        var alla = Set(utfall.keys).union(budget.keys)
        for p in self.prognoser { alla.formUnion(p.keys) }
        nycklar = alla.sorted()
    }

    /// The line of `niva` summing the series `nycklar`.
    func rad(_ niva: Organisationsniva, namn: String, enhet: String?, konto: String?,
             nycklar: [Serienyckel]) -> Avvikelserapport.Rad {
        let bokford = { (nyckel: Serienyckel) in utfall[nyckel] != nil || budget[nyckel] != nil }
        let prognos = prognoser.map { p in Nivaprognos(p, nycklar: nycklar, budget: budget, bokford: bokford) }
        let senast = Nivaprognos(senaste, nycklar: nycklar, budget: budget, bokford: bokford)
        return Avvikelserapport.Rad(
            niva: niva, namn: namn, enhet: enhet, konto: konto,
            budget: budget.isEmpty ? nil : nycklar.compactMap { budget[$0] }.reduce(0, +),
            prognoser: prognos.map { $0?.belopp }, budgetFramford: prognos.map { $0?.budgetFramford ?? 0 },
            senastePrognos: senast?.belopp, utfall: nycklar.compactMap { utfall[$0] }.reduce(0, +),
            kommentar: niva == .konto ? nycklar.first.flatMap { kommentarer[$0] }.map { "\($0.text) (\($0.version.period) \($0.version.upphovText))" } : nil)
    }
}
