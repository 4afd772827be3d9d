import Glibc
import NIOCore

/// Why `prognos serve` could not start listening, in Swedish; `Slutkod` gives it exit code 1.
struct Serverfel: Error, CustomStringConvertible {
    let vard: String, port: Int
    /// The failed call's errno, when the error had one.
    let kod: Int32?

    /// The error `fel` from starting the server on `vard`:`port`.
    init(_ fel: any Error, vard: String, port: Int) {
        self.vard = vard
        self.port = port
        kod = (fel as? IOError)?.errnoCode
    }

    var description: String {
        let orsak = switch kod {
        case EADDRINUSE: "porten används redan av ett annat program; välj en annan med --port"
        case EACCES, EPERM: "saknar behörighet att lyssna på porten (portar under 1024 kräver administratör)"
        case EADDRNOTAVAIL: "adressen hör inte till den här datorn; ange en av dess adresser med --vard"
        default: "adressen kunde inte användas; ange en av datorns adresser med --vard, t.ex. 127.0.0.1"
        }
        return "kan inte lyssna på \(vard):\(port): \(orsak)"
    }
}
