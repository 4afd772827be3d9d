import Befolkning
import Foundation
import Input

/// The population part of `prognos-bench karna`: estimates the model for a region from SCB data, times the
/// stochastic projection (`Befolkningsmodell.simulera`) and reports paths·years per second and the
/// process's peak memory. It can also write the estimated parameters, with the Swift run's reference
/// results, as JSON for the numpy comparison in `bench/befolkning_numpy.py`.
struct Befolkningsbench {
    var data: URL
    var region = "10"
    var riket = Befolkningsunderlag.riket
    var basar = 2015
    var banor = 10_000
    var horisont = 50
    var seed: UInt64 = 1
    var repeats = 3

    /// What one benchmark run measured.
    struct Resultat {
        let modell: Befolkningsmodell
        let antaganden: Befolkningsantaganden
        /// Wall-clock seconds of every repeat.
        let tider: [Double]
        /// CPU seconds (user and system, every thread) of every repeat.
        let cpuTider: [Double]
        let intervall: Befolkningsintervall
        let minne: Minnesmatning
        /// Seconds to read the data and estimate the model (once).
        let skattning: Double

        var basta: Double { tider.min() ?? .nan }
        /// Paths times projected years per second, for the best repeat.
        func banorArPerSekund(banor: Int) -> Double { Double(banor * antaganden.horisont) / basta }
    }

    /// Reads the data, estimates the model and times `repeats` stochastic projections.
    func kor() throws -> Resultat {
        let klocka = ContinuousClock()
        let start = klocka.now
        let underlag = try Befolkningsunderlag.las(katalog: data)
        let modell = try Befolkningsmodell(region: try underlag.data(region: region), riket: try underlag.data(region: riket),
                                           basar: basar)
        let skattning = Self.sekunder(klocka.now - start)
        let antaganden = Befolkningsantaganden(horisont: horisont)

        let fore = Minnesstatus.avlas()
        let nollstalld = Minnesstatus.nollstallTopp()
        var tider: [Double] = [], cpuTider: [Double] = []
        var intervall: Befolkningsintervall?
        var efterForsta = fore
        for upprepning in 0..<repeats {
            intervall = nil // the previous run's result is freed before the next one starts
            let t0 = klocka.now, cpu0 = Self.cpuSekunder()
            intervall = try modell.simulera(antaganden, banor: banor, seed: seed)
            tider.append(Self.sekunder(klocka.now - t0))
            cpuTider.append(Self.cpuSekunder() - cpu0)
            if upprepning == 0 { efterForsta = Minnesstatus.avlas() }
        }
        let minne = Minnesmatning(fore: fore, efterForsta: efterForsta, efter: Minnesstatus.avlas(), toppNollstalld: nollstalld)
        return Resultat(modell: modell, antaganden: antaganden, tider: tider, cpuTider: cpuTider, intervall: intervall!, minne: minne,
                        skattning: skattning)
    }

    /// The report lines.
    func text(_ r: Resultat) -> String {
        let m = r.minne
        let tider = r.tider.map { String(format: "%.3f", $0) }.joined(separator: " ")
        var rader = [
            "Befolkningsprojektion (Banmotor): \(r.modell.region), basår \(r.modell.basar)",
            "  \(banor) banor × \(horisont) år × \(Alder.antal) åldrar × 2 kön, seed \(seed); "
                + "\(ProcessInfo.processInfo.activeProcessorCount) kärnor",
            String(format: "  Läsning av data och skattning: %.3f s (en gång, ingår inte nedan)", r.skattning),
            String(format: "  Simulering: bästa %.3f s av %d (%@ s); CPU-tid %@ s", r.basta, r.tider.count, tider,
                   r.cpuTider.map { String(format: "%.3f", $0) }.joined(separator: " ")),
            String(format: "  Banor·år per sekund: %.0f", r.banorArPerSekund(banor: banor)),
            String(format: "  Minne, toppvärde VmHWM: före %.1f MiB, efter %.1f MiB%@", m.fore.vmHWM, m.efter.vmHWM,
                   m.toppNollstalld ? String(format: " (nollställt före; under första simuleringen %.1f MiB)",
                                             m.efterForsta.vmHWM) : ""),
            String(format: "  Minne, ru_maxrss: före %.1f MiB, efter %.1f MiB; VmRSS efter %.1f MiB",
                   m.fore.maxrss, m.efter.maxrss, m.efter.vmRSS),
        ]
        if !m.toppNollstalld { rader.append("  (VmHWM kunde inte nollställas; toppen kan vara från före simuleringen)") }
        return rader.joined(separator: "\n")
    }

    /// The estimated parameters and the Swift run's results as JSON (see `Befolkningsparametrar`).
    func json(_ r: Resultat) throws -> Data {
        let prognos = try r.modell.projicera(r.antaganden)
        let parametrar = Befolkningsparametrar(modell: r.modell, antaganden: r.antaganden, prognos: prognos,
                                               swift: .init(r, banor: banor, seed: seed, prognos: prognos))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(parametrar)
    }

    /// User and system CPU time of the process so far (every thread).
    static func cpuSekunder() -> Double {
        var anvandning = rusage()
        getrusage(RUSAGE_SELF.rawValue, &anvandning)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return s(anvandning.ru_utime) + s(anvandning.ru_stime)
    }

    static func sekunder(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) * 1e-18
    }
}

/// Peak and current memory of this process, MiB.
struct Minnesstatus: Encodable {
    /// Peak resident set (VmHWM in /proc/self/status); resettable through /proc/self/clear_refs.
    var vmHWM: Double
    /// Current resident set (VmRSS).
    var vmRSS: Double
    /// getrusage's ru_maxrss: the peak since the process started (never reset).
    var maxrss: Double

    static func avlas() -> Minnesstatus {
        var anvandning = rusage()
        getrusage(RUSAGE_SELF.rawValue, &anvandning)
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        func kib(_ falt: String) -> Double {
            guard let rad = status.split(separator: "\n").first(where: { $0.hasPrefix(falt + ":") }) else { return .nan }
            return Double(rad.split(separator: " ").dropFirst().first ?? "") ?? .nan
        }
        return Minnesstatus(vmHWM: kib("VmHWM") / 1024, vmRSS: kib("VmRSS") / 1024,
                            maxrss: Double(anvandning.ru_maxrss) / 1024)
    }

    /// Resets VmHWM to the current resident set (Linux: "5" to /proc/self/clear_refs); false if refused.
    static func nollstallTopp() -> Bool {
        guard let fil = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? fil.close() }
        do { try fil.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }
}

/// Memory before the timed runs, after the first and after all.
struct Minnesmatning: Encodable {
    let fore: Minnesstatus
    let efterForsta: Minnesstatus
    let efter: Minnesstatus
    let toppNollstalld: Bool
}
