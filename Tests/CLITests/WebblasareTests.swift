import Foundation
import Testing

/// The report and `prognos serve` in a real browser: `Tests/Webblasare/webblasare.py` drives headless
/// Chromium through selenium (system packages `chromium`, `chromium-driver`, `python3-selenium`, which
/// `make test` installs when it can). Screenshots stay in `.build/webblasare/`. Without the browser the
/// test is skipped, and says why.
@Suite("Webbläsaren")
struct WebblasareTests {
    /// The system Python (python3-selenium is installed for it, not for a pyenv Python), the browser and its driver.
    static let python = "/usr/bin/python3", chromium = "/usr/bin/chromium", chromedriver = "/usr/bin/chromedriver"

    /// Why the browser test cannot run here, or nil when it can.
    static let saknas: String? = {
        let fm = FileManager.default
        for program in [python, chromium, chromedriver] where !fm.isExecutableFile(atPath: program) {
            return "\(program) saknas"
        }
        let selenium = Process()
        selenium.executableURL = URL(fileURLWithPath: python)
        selenium.arguments = ["-c", "import selenium"]
        selenium.standardError = FileHandle.nullDevice
        guard (try? selenium.run()) != nil else { return "\(python) kan inte startas" }
        selenium.waitUntilExit()
        return selenium.terminationStatus == 0 ? nil : "selenium saknas för \(python)"
    }()

    @Test("Report charts, no console errors; the comparison's interval bands; a what-if from the form equals prognos kor; a bad value in Swedish",
          .enabled(if: saknas == nil, Comment(rawValue: "hoppas över: \(saknas ?? ""); installera chromium chromium-driver python3-selenium (make test försöker)")))
    func webblasaren() throws {
        let ut = Korning.rot.appendingPathComponent(".build/webblasare")
        try? FileManager.default.removeItem(at: ut)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [Korning.rot.appendingPathComponent("Tests/Webblasare/webblasare.py").path, Korning.program.path, ut.path]
        process.currentDirectoryURL = Korning.rot
        let utdata = Pipe()
        process.standardOutput = utdata
        process.standardError = utdata
        try process.run()
        let text = String(decoding: utdata.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print(text)
        #expect(process.terminationStatus == 0, "webblasare.py misslyckades:\n\(text)")
    }
}
