import Foundation
import LinearAlgebra
import Synchronization
import Testing

/// `--out`: what is refused and left untouched, and that a reader sees one complete report set whatever
/// happens to the writers.
@Suite("prognos run --out", .serialized)
struct UtdataTests {
    private let fm = FileManager.default

    /// Runs the default scenario with `--out ut`; the run must fail with exit status 1, print nothing on
    /// stdout and no Foundation text on stderr. Returns stderr.
    private func vagras(_ ut: String) throws -> String {
        let k = try Korning.kor(["run", "scenarios/regionplan-2023-2025.yaml", "--out", ut])
        #expect(k.status == 1, "\(ut): \(k.stderr)")
        #expect(k.stdout.isEmpty)
        for foundation in ["NSCocoaErrorDomain", "The file", "You don’t have permission", "You don't have permission",
                           "couldn’t be"] {
            #expect(!k.stderr.contains(foundation), "\(k.stderr)")
        }
        return k.stderr
    }

    @Test("Two commands' --out in one folder: each keeps the other's files; two backtests of the same name are refused")
    func flerKommandon() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let ut = mapp.appendingPathComponent("ut")
        #expect(try Korning.kor(["run", "--out", ut.path]).status == 0)
        let budget = try Rapportmapp.allt(ut).filter { $0.key != ".prognos-rapporter" }
        #expect(budget.count == 6)
        #expect(try Korning.kor(["personal", "--out", ut.path]).status == 0)
        #expect(try Korning.kor(["run", "--out", ut.path]).status == 0)
        let bada = try Rapportmapp.allt(ut)
        #expect(bada["personal.csv"] != nil)
        for (namn, innehall) in budget { #expect(bada[namn] == innehall, "\(namn)") }
        // befolkning backtest and uppfoljning backtest both write backtest.csv: the second is refused.
        let backtest = mapp.appendingPathComponent("backtest").path
        #expect(try Korning.kor(["befolkning", "backtest", "--basar", "2010", "--horisont", "3", "--simuleringar", "20",
                                 "--out", backtest]).status == 0)
        let fore = try Rapportmapp.allt(URL(fileURLWithPath: backtest))
        let db = mapp.appendingPathComponent("liggare.sqlite").path
        let exempel = Korning.rot.appendingPathComponent("notebooks-data/uppfoljning-exempel")
        for (slag, fil) in [("--budget", "budget.csv"), ("--utfall", "utfall.csv")] {
            #expect(try Korning.kor(["uppfoljning", "import", slag, exempel.appendingPathComponent(fil).path, "--db", db]).status == 0)
        }
        let krock = try Korning.kor(["uppfoljning", "backtest", "--metod", "runrate", "--db", db, "--out", backtest])
        #expect(krock.status == 1 && krock.stdout.isEmpty)
        #expect(krock.stderr.contains("mappen har redan backtest.csv från prognos befolkning backtest; ingenting skrevs"))
        #expect(try Rapportmapp.allt(URL(fileURLWithPath: backtest)) == fore)
    }

    @Test("--out at a copy of the scenario's data folder is refused and the data is left byte for byte")
    func datamapp() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let data = mapp.appendingPathComponent("regionplan-2023-2025")
        try fm.copyItem(at: Korning.rot.appendingPathComponent("notebooks-data/regionplan-2023-2025"), to: data)
        let fore = try Rapportmapp.allt(data)
        #expect(fore["resultatbudget.csv"] != nil, "the data folder holds a file named like a report")
        let fel = try vagras(data.path)
        #expect(fel.contains("prognos: kunde inte skriva rapporterna till \"\(data.path)\": mappen innehåller sådant som "
                             + "Prognos inte har skrivit (\"README.md\", \"balansbudget.csv\", \"budgetramar.csv\" och 4 till)"))
        #expect(try Rapportmapp.allt(data) == fore)
        #expect(try Rapportmapp.tillfalliga(i: mapp).isEmpty)
    }

    @Test("Prognos's output folder with a foreign file, or a folder named like a report, is refused and left intact")
    func egenMappMedFrammande() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let ut = mapp.appendingPathComponent("rapport")
        #expect(try Korning.kor(["run", "scenarios/regionplan-2023-2025.yaml", "--out", ut.path]).status == 0)
        try Data("mina anteckningar\n".utf8).write(to: ut.appendingPathComponent("anteckningar.txt"))
        var fore = try Rapportmapp.allt(ut)
        #expect(try vagras(ut.path).contains("(\"anteckningar.txt\")"))
        #expect(try Rapportmapp.allt(ut) == fore)

        try fm.removeItem(at: ut.appendingPathComponent("anteckningar.txt"))
        try fm.removeItem(at: ut.appendingPathComponent("resultatbudget.csv"))
        try fm.createDirectory(at: ut.appendingPathComponent("resultatbudget.csv"), withIntermediateDirectories: false)
        try Data("behåll\n".utf8).write(to: ut.appendingPathComponent("resultatbudget.csv/behall.txt"))
        fore = try Rapportmapp.allt(ut)
        #expect(try vagras(ut.path).contains("(mappen \"resultatbudget.csv\")"))
        #expect(try Rapportmapp.allt(ut) == fore)
        #expect(try Rapportmapp.tillfalliga(i: mapp).isEmpty)
    }

    @Test("A --rapport that cannot be written stops the run before --out changes: a new folder is not made, an old one keeps its files")
    func rapportForst() throws {
        let mapp = try Korning.tempmapp()
        let fil = mapp.appendingPathComponent("fil.txt")
        try Data("behåll\n".utf8).write(to: fil)
        let ut = mapp.appendingPathComponent("personal")
        for sida in [fil.appendingPathComponent("sida.html").path, mapp.path] {
            let k = try Korning.kor(["personal", "--out", ut.path, "--rapport", sida])
            #expect(k.status == 1 && k.stdout.isEmpty, "\(k.stderr)")
            #expect(!fm.fileExists(atPath: ut.path), "\(sida)")
        }
        // A folder from an earlier run keeps its files as they were.
        #expect(try Korning.kor(["personal", "--out", ut.path]).status == 0)
        let fore = try fm.contentsOfDirectory(atPath: ut.path).sorted()
        let csv = try Data(contentsOf: ut.appendingPathComponent("personal.csv"))
        try Data("ändrad\n".utf8).write(to: ut.appendingPathComponent("personal.csv"))
        let k = try Korning.kor(["personal", "--satt", "pensionsforskjutning=1", "--out", ut.path, "--rapport", mapp.path])
        #expect(k.status == 1, "\(k.stderr)")
        #expect(try fm.contentsOfDirectory(atPath: ut.path).sorted() == fore)
        #expect(try Data(contentsOf: ut.appendingPathComponent("personal.csv")) == Data("ändrad\n".utf8) && csv.count > 100)
        // No temporary page is left beside where it was to go.
        #expect(try fm.contentsOfDirectory(atPath: mapp.path).sorted() == ["fil.txt", "personal"])
    }

    @Test("--out \"\", /dev/null and a regular file are refused with a clear message and exit status 1")
    func ingenMapp() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let fil = mapp.appendingPathComponent("rapport.csv")
        try Data("behåll\n".utf8).write(to: fil)
        #expect(try vagras("") == "prognos: kunde inte skriva rapporterna till \"\": sökvägen är tom, ange en mapp; ingenting skrevs\n")
        #expect(try vagras("/dev/null")
                == "prognos: kunde inte skriva rapporterna till \"/dev/null\": det är en enhetsfil, inte en mapp; ingenting skrevs\n")
        #expect(try vagras(fil.path).contains("\"\(fil.path)\": det är en vanlig fil, inte en mapp"))
        #expect(try vagras(mapp.path + "/.").contains("sökvägen slutar med ."))
        #expect(try Data(contentsOf: fil) == Data("behåll\n".utf8))
        #expect(try fm.contentsOfDirectory(atPath: mapp.path) == ["rapport.csv"])
    }

    @Test("A 250-byte folder name, an empty existing folder, and rerunning into Prognos's own folder all work")
    func godkandaMal() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let referenser = try Referenser(i: mapp)
        let namn = String(repeating: "ö", count: 120) + "-rapporter"
        #expect(namn.utf8.count == 250)
        let lang = mapp.appendingPathComponent(namn)
        let tom = mapp.appendingPathComponent("tom")
        try fm.createDirectory(at: tom, withIntermediateDirectories: false)
        for ut in [lang, tom] {
            for (index, scenario) in referenser.scenarier.enumerated() {
                let k = try Korning.kor(["run", scenario, "--out", ut.path])
                #expect(k.status == 0, "\(k.stderr)")
                #expect(k.stdout.contains("Filer skrivna till \(ut.path)/"))
                #expect(Rapportmapp.las(ut, referenser: referenser.uppsattningar) == .uppsattning(index))
            }
        }
        #expect(try Rapportmapp.tillfalliga(i: mapp).isEmpty)
    }

    @Test("Killed at random moments (SIGKILL, SIGINT, SIGTERM), a writer leaves no folder or one complete set")
    func avbrott() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let referenser = try Referenser(i: mapp)
        let ut = mapp.appendingPathComponent("ut")
        var slump = SplitMix64(seed: 20_230_101)
        var hanterade = 0
        for forsok in 0..<40 {
            let index = forsok % 2
            let signal = [SIGKILL, SIGINT, SIGTERM][Int.random(in: 0..<3, using: &slump)]
            let paus = Double.random(in: 0...(1.2 * referenser.korningstid), using: &slump)
            let process = try Korning.starta(["run", referenser.scenarier[index], "--out", ut.path])
            usleep(UInt32(paus * 1_000_000))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let lasning = Rapportmapp.las(ut, referenser: referenser.uppsattningar)
            #expect(lasning == .saknas || lasning == .uppsattning(0) || lasning == .uppsattning(1),
                    "försök \(forsok), signal \(signal) efter \(paus) s: \(lasning)")
            if signal == SIGKILL {
                guard try !Rapportmapp.tillfalliga(i: mapp).isEmpty else { continue }
                // A killed writer cannot clean up; the next run removes what it left.
                let k = try Korning.kor(["run", referenser.scenarier[index], "--out", ut.path])
                #expect(k.status == 0, "\(k.stderr)")
                #expect(Rapportmapp.las(ut, referenser: referenser.uppsattningar) == .uppsattning(index))
            } else if process.terminationReason == .exit, process.terminationStatus != 0 {
                // Handled (not arrived before the handlers were installed, nor after the run ended).
                #expect(process.terminationStatus == 128 + signal, "försök \(forsok)")
                hanterade += 1
            }
            #expect(try Rapportmapp.tillfalliga(i: mapp).isEmpty, "försök \(forsok), signal \(signal) efter \(paus) s")
        }
        print("avbrott: \(hanterade) av signalerna SIGINT/SIGTERM hanterades av prognos")
    }

    @Test("Ten concurrent writers of two scenarios: all succeed, and a reader only ever sees one complete set")
    func samtidiga() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let referenser = try Referenser(i: mapp)
        let ut = mapp.appendingPathComponent("ut")
        let sett = Mutex<(lasningar: Int, bortbytta: Int, blandningar: [String])>((0, 0, []))
        let klar = Atomic<Bool>(false)
        let igang = DispatchSemaphore(value: 0), slutat = DispatchSemaphore(value: 0)
        Thread {
            igang.signal()
            repeat {
                let lasning = Rapportmapp.las(ut, referenser: referenser.uppsattningar)
                sett.withLock {
                    $0.lasningar += 1
                    if lasning == .bortbytt { $0.bortbytta += 1 }
                    if case .blandning(let beskrivning) = lasning { $0.blandningar.append(beskrivning) }
                }
            } while !klar.load(ordering: .acquiring)
            slutat.signal()
        }.start()
        igang.wait()
        // First into a missing folder (rename without replacing), then over an existing one (exchange).
        for _ in 0..<2 {
            let processer = try (0..<10).map { try Korning.starta(["run", referenser.scenarier[$0 % 2], "--out", ut.path]) }
            for process in processer {
                process.waitUntilExit()
                #expect(process.terminationReason == .exit && process.terminationStatus == 0)
            }
        }
        klar.store(true, ordering: .releasing)
        slutat.wait()
        let resultat = sett.withLock { $0 }
        #expect(resultat.blandningar.isEmpty, "\(resultat.blandningar.prefix(3))")
        #expect(resultat.lasningar > 0)
        let slut = Rapportmapp.las(ut, referenser: referenser.uppsattningar)
        #expect(slut == .uppsattning(0) || slut == .uppsattning(1))
        #expect(try Rapportmapp.tillfalliga(i: mapp).isEmpty)
        print("samtidiga: \(resultat.lasningar) läsningar, \(resultat.bortbytta) av en mapp som byttes ut under läsningen")
    }
}
