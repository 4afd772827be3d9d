import Application
import ArgumentParser
import Foundation
import Report

/// `prognos jamfor A.yaml B.yaml …`: several scenarios run in one batch, their key figures side by side.
struct JamforCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jamfor",
        abstract: "Jämför scenarier (kedjor eller budgetscenarier) sida vid sida, med skillnader mot det första och, med --simuleringar, kedjornas intervall."
    )

    @Argument(help: "Två eller fler scenariofiler (YAML); det första är jämförelsens bas.")
    var scenarier: [String]

    @Option(name: .long, help: "Skriv jamforelse.csv (scenario;storhet;ar;varde) i den här mappen.")
    var out: String?

    @Option(name: .long, help: "Skriv jämförelsen som en fristående HTML-sida med diagram i den här filen, t.ex. jamforelse.html.")
    var rapport: String?

    @OptionGroup var banor: Kedjebanor

    func run() throws {
        let jamforelse = try Scenariojamforelse(scenarier.map(Standardfiler.fil), simuleringar: banor.simuleringar, seed: banor.seed,
                                                framsteg: banor.framsteg.map { f in { f.rapportera($0, av: $1) } })
        try Utskrift.visa(Jamforelserapport.rapport(jamforelse), out: out, html: rapport)
    }
}
