import Foundation

/// bench/RESULTS.md as the benchmark keeps it: the section between the two markers is the latest run, with
/// its date and machine, replaced on every run; everything else in the file (the dated history) is left as
/// it is. The file is replaced in one rename, so an interrupted run leaves the previous version.
struct Resultatfil {
    static let start = "<!-- senaste-korning:start -->"
    static let slut = "<!-- senaste-korning:end -->"

    let sokvag: String

    /// Replaces the latest run with `text`, dated now.
    func skrivSenaste(_ text: String, datum: Date = Date()) throws {
        let url = URL(fileURLWithPath: sokvag)
        let innehall: String
        do { innehall = try String(contentsOf: url, encoding: .utf8) } catch {
            throw BenchFel("kan inte läsa \(sokvag): filen finns inte eller är inte UTF-8")
        }
        guard let a = innehall.range(of: Self.start), let b = innehall.range(of: Self.slut), a.upperBound <= b.lowerBound else {
            throw BenchFel("\(sokvag) saknar markeringarna \(Self.start) och \(Self.slut)")
        }
        let nytt = innehall[..<a.upperBound] + "\n" + avsnitt(text, datum: datum) + "\n" + innehall[b.lowerBound...]
        let tillfallig = sokvag + ".tmp-\(getpid())"
        do {
            try Data(nytt.utf8).write(to: URL(fileURLWithPath: tillfallig))
            guard rename(tillfallig, sokvag) == 0 else { throw BenchFel("kan inte byta ut \(sokvag)") }
        } catch {
            unlink(tillfallig)
            throw BenchFel("kan inte skriva \(sokvag)")
        }
    }

    /// The section: a heading with date and machine, the command, and the figures as printed.
    func avsnitt(_ text: String, datum: Date) -> String {
        let dag = ISO8601DateFormatter.string(from: datum, timeZone: .gmt, formatOptions: [.withFullDate])
        let karnor = ProcessInfo.processInfo.activeProcessorCount
        return """
            ## Senaste körning, \(dag)

            `make bench` på en maskin med \(karnor) kärnor: `prognos-bench karna` och samma befolkningsprojektion i
            numpy (`bench/befolkning_numpy.py`), med kvoten mellan dem:

            ```text
            \(text)
            ```
            """
    }
}
