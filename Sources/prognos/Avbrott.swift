import Dispatch
import Foundation
import OutputFolder

/// Turns SIGINT and SIGTERM into an orderly stop: the report writer's temporary folders are removed
/// (waiting for a swap in progress to finish) and the process exits with 128 + the signal number, 130 or
/// 143, as shells report an interrupted command.
enum Avbrott {
    /// The handled signals and their names for the message.
    private static let signaler: [(nummer: Int32, namn: String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")]

    /// The signal sources, kept for the process's lifetime.
    nonisolated(unsafe) private static var kallor: [any DispatchSourceSignal] = []

    /// Installs the handlers. Call first in `main`, before any other thread exists: the signals are
    /// blocked rather than ignored, and threads inherit the mask, so a signal arriving before its source is
    /// ready stays pending and reaches the source instead of being lost or killing the process. (Child
    /// processes would inherit the mask; Prognos starts none.)
    static func installera() {
        var blockerade = sigset_t()
        sigemptyset(&blockerade)
        for signal in signaler { sigaddset(&blockerade, signal.nummer) }
        pthread_sigmask(SIG_BLOCK, &blockerade, nil)
        kallor = signaler.map { signal in
            let kalla = DispatchSource.makeSignalSource(signal: signal.nummer, queue: .global())
            kalla.setEventHandler {
                Utskrift.fel("avbruten av \(signal.namn)")
                Tillfalligamappar.rensaOchAvsluta(status: 128 + signal.nummer)
            }
            kalla.resume()
            return kalla
        }
    }
}
