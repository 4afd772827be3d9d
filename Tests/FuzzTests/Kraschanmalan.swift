import Glibc

/// Names the fuzz case that is running when a trap ends the test process, so that it can be replayed: a
/// signal handler writes the case's message to stderr, puts back the handler it replaced (the Swift
/// runtime's backtracer or the default) and raises the signal again for that handler to report.
enum Kraschanmalan {
    private static let kapacitet = 2048
    nonisolated(unsafe) private static let text = UnsafeMutablePointer<UInt8>.allocate(capacity: kapacitet)
    nonisolated(unsafe) private static var langd = 0
    nonisolated(unsafe) private static let tidigare = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))

    private static let installerad: Void = {
        for signal in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                _ = write(STDERR_FILENO, Kraschanmalan.text, Kraschanmalan.langd)
                sigaction(signal, Kraschanmalan.tidigare + Int(signal), nil)
                raise(signal)
            }
            sigaction(signal, &action, tidigare + Int(signal))
        }
    }()

    /// From now on a crash prints `meddelande`.
    static func anmal(_ meddelande: String) {
        _ = installerad
        let bytes = Array(meddelande.utf8.prefix(kapacitet))
        langd = 0
        text.update(from: bytes, count: bytes.count)
        langd = bytes.count
    }

    /// No case is running any more.
    static func avanmal() { langd = 0 }
}
