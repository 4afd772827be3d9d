import Foundation
import OutputFolder

/// Turns SIGINT and SIGTERM into an orderly stop: the report writer's temporary folders are removed
/// (waiting for a swap in progress to finish) and the process exits with 128 + the signal number, 130 or
/// 143, as shells report an interrupted command.
///
/// The work is done by a thread of its own that waits for the signals, not by a Dispatch queue: ETS's fits
/// fill every thread of Dispatch's pool, and a handler block queued there would wait for them to finish. The
/// signal handler itself only writes the signal's number to a pipe the thread reads (a handler may do little
/// else safely). A handler rather than `sigwait` alone: the main thread waits in `dispatch_main` with every signal
/// unblocked, so a signal can reach it whatever the other threads' masks say.
enum Avbrott {
    /// The handled signals and their names for the message.
    private static let signaler: [(nummer: Int32, namn: String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")]

    /// The pipe's end that the handler writes a caught signal's number to.
    nonisolated(unsafe) private static var skrivande: Int32 = -1

    /// Installs the handlers and starts the thread that acts on them. Call first in `main`, before any other
    /// thread exists: the signals are blocked in it, and the threads it starts inherit the mask, so a signal
    /// interrupts none of the work (no system call fails with EINTR) and goes to the waiting thread, which
    /// unblocks them for itself. (Child processes would inherit the mask; Prognos starts none.)
    /// Without a pipe (no file descriptors left) the signals keep their default action.
    static func installera() {
        var ror: [Int32] = [-1, -1]
        guard pipe(&ror) == 0 else { return }
        skrivande = ror[1]
        var mangd = sigset_t()
        sigemptyset(&mangd)
        for signal in signaler { sigaddset(&mangd, signal.nummer) }
        pthread_sigmask(SIG_BLOCK, &mangd, nil)
        let lasande = ror[0], blockerade = mangd
        for signal in signaler {
            var atgard = sigaction()
            atgard.__sigaction_handler.sa_handler = { nummer in
                var byte = UInt8(nummer)
                write(Avbrott.skrivande, &byte, 1)
            }
            atgard.sa_flags = SA_RESTART
            sigaction(signal.nummer, &atgard, nil)
        }
        Thread {
            var mangd = blockerade
            pthread_sigmask(SIG_UNBLOCK, &mangd, nil)
            var byte: UInt8 = 0
            while read(lasande, &byte, 1) != 1 {}
            let nummer = Int32(byte)
            Utskrift.fel("avbruten av \(signaler.first { $0.nummer == nummer }!.namn)")
            Tillfalligamappar.rensaOchAvsluta(status: 128 + nummer)
        }.start()
    }
}
