import Application
import ArgumentParser
import Foundation

/// `prognos-bench import`: imports a generated monthly export (labelled as generated, seeded) into a new
/// ledger the way `prognos uppfoljning import --utfall` does, and reports the time, the amounts per second
/// and the peak memory of the process against the file's size: the import reads and writes line by line, so
/// the peak should not grow with the file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Mät inläsningen av ett genererat månadsutfall i en ny liggare: tid, belopp per sekund och största minne."
    )

    @Option(help: "Antal enheter.")
    var enheter = 300

    @Option(help: "Antal konton per enhet.")
    var konton = 40

    @Option(help: "Antal år (från 2013), tolv månader vart.")
    var ar = 6

    @Option(help: "Fröet till de genererade beloppen.")
    var seed: UInt64 = 1

    func run() throws {
        let mapp = FileManager.default.temporaryDirectory.appendingPathComponent("prognos-bench-import-\(getpid())")
        try FileManager.default.createDirectory(at: mapp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mapp) }
        let fil = mapp.appendingPathComponent("utfall.csv")
        let storlek = try skriv(fil)
        let fore = Self.storstaMinne()
        let clock = ContinuousClock()
        var resultat: Uppfoljningskorning.Importresultat?
        let tid = clock.measure {
            resultat = try? Uppfoljningskorning.importera(.utfall, fil: fil.path, db: mapp.appendingPathComponent("l.sqlite").path)
        }
        guard case .belopp(let s)? = resultat else { throw BenchFel("inläsningen misslyckades") }
        let sekunder = JamforCommand.seconds(tid)
        print("Inläsning av ett genererat månadsutfall (\(enheter) enheter × \(konton) konton × \(ar) år, frö \(seed)) i en ny liggare:")
        print(String(format: "  %d belopp, %.1f MB: %.2f s, %.0f belopp/s", s.antalBelopp, Double(storlek) / 1e6, sekunder,
                     Double(s.antalBelopp) / sekunder))
        print(String(format: "  största minne: %.0f MiB före inläsningen, %.0f MiB efter (filen är %.0f MiB)", fore, Self.storstaMinne(),
                     Double(storlek) / 1_048_576))
    }

    /// Writes the export line by line; returns its size in bytes.
    private func skriv(_ url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
            throw BenchFel("kan inte skriva \(url.path)")
        }
        defer { try? handle.close() }
        var slump = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var storlek = 0
        var rader = "enhet;konto;period;belopp\n"
        for e in 0..<enheter {
            for k in 0..<konton {
                for a in 0..<ar {
                    for m in 1...12 {
                        slump ^= slump << 13; slump ^= slump >> 7; slump ^= slump << 17
                        let ore = Int64(slump % 2_000_000_00) - 1_000_000_00
                        rader += "E\(e);K\(k);\(2013 + a)-\(m < 10 ? "0" : "")\(m);\(ore / 100),\(String(format: "%02d", abs(ore % 100)))\n"
                    }
                }
            }
            storlek += rader.utf8.count
            try handle.write(contentsOf: Data(rader.utf8))
            rader = ""
        }
        return storlek
    }

    /// The process's largest resident memory so far, in MiB.
    static func storstaMinne() -> Double {
        var anvandning = rusage()
        getrusage(RUSAGE_SELF.rawValue, &anvandning)
        return Double(anvandning.ru_maxrss) / 1024
    }
}
