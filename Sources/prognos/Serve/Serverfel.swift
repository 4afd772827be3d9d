import NIOCore
import Vokabular

/// Why `prognos serve` could not start listening, in Swedish; `Slutkod` gives it exit code 1.
struct Serverfel: Error, CustomStringConvertible {
    let vard: String, port: Int
    /// The failed call's error, when it had an errno.
    let systemfel: SystemFel?

    /// The error `fel` from starting the server on `vard`:`port`.
    init(_ fel: any Error, vard: String, port: Int) {
        self.vard = vard
        self.port = port
        systemfel = (fel as? IOError).map { SystemFel(kod: $0.errnoCode) }
    }

    var description: String {
        let orsak = systemfel?.orsak(.lyssning) ?? "adressen kunde inte användas; ange en av datorns adresser med --vard, t.ex. 127.0.0.1"
        return "kan inte lyssna på \(vard):\(port): \(orsak)"
    }
}
