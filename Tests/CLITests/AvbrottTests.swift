import Foundation
import Testing

/// SIGINT and SIGTERM stop a run at once, also while ETS's fits fill every thread of Dispatch's pool: the
/// handler does not wait for a free thread there (`Avbrott`).
@Suite("Avbrott under ETS")
struct AvbrottTests {
    @Test("SIGINT and SIGTERM during ETS's fits: exit within seconds with 130 and 143, --out's previous files untouched")
    func ets() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        // 500 series of five years: ETS's backtest of them takes 42 s on two cores (83 s of processor time, release
        // build), far more than the seconds allowed here.
        let db = try UppfoljningCommandTests.storLiggare(i: mapp)
        let ut = mapp.appendingPathComponent("ut")
        #expect(try Korning.kor(["uppfoljning", "prognos", "--period", "2018-08", "--metod", "runrate", "--db", db, "--out", ut.path,
                                 "--tyst"]).status == 0)
        let filer = try Rapportmapp.allt(ut)
        for (signal, namn) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            let fel = Pipe()
            let process = try Korning.starta(["uppfoljning", "backtest", "--metod", "ets", "--db", db, "--out", ut.path],
                                             miljo: ["PROGNOS_FRAMSTEG_SEKUNDER": "1"], fel: fel)
            // The first progress line: the fits are under way.
            var text = ""
            while !text.contains(" % klart") {
                let data = fel.fileHandleForReading.availableData
                guard !data.isEmpty else { break }
                text += String(decoding: data, as: UTF8.self)
            }
            kill(process.processIdentifier, signal)
            let skickad = ContinuousClock.now
            while process.isRunning && ContinuousClock.now - skickad < .seconds(5) { usleep(10_000) }
            let vantat = ContinuousClock.now - skickad
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            text += String(decoding: fel.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(vantat < .seconds(5), "\(namn): backtesten slutade inte inom 5 s")
            #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signal, "\(namn): \(text)")
            #expect(text.hasSuffix("prognos: avbruten av \(namn)\n"), "\(text)")
            #expect(try Rapportmapp.allt(ut) == filer)
            #expect(try Rapportmapp.tillfalliga(i: mapp).isEmpty)
        }
    }
}
