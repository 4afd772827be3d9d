import Application
import ArgumentParser
import Input
import OutputFolder
import Report

/// `prognos befolkning hamta`: a region's population data fetched from SCB's open API into a data folder.
struct BefolkningshamtningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hamta",
        abstract: "Hämta folkmängd, födda och döda för en region och riket ur SCB:s öppna API och skriv dem som en datamapp för --data."
    )

    @Option(name: .long, help: "Regionen: SCB:s kod, namn eller båda, t.ex. 10 eller \"Blekinge län\".")
    var region: String

    @Option(name: .long, help: "Mappen att skriva i: ny, tom eller skriven av prognos förut; allt eller inget skrivs.")
    var till: String

    func run() throws {
        // The download takes minutes under SCB's rate limit: a folder that cannot take the files is refused first.
        try Rapportkatalog(katalog: till, kommando: Befolkningshamtningsrapport.kommando).provaMal()
        let h = try Befolkningshamtning.hamta(region: region, med: SCBBefolkningshamtning(hamtare: URLSessionHamtare()))
        try Utskrift.visa(Befolkningshamtningsrapport.rapport(h), out: till)
    }
}
