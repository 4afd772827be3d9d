import Foundation

/// Keeps requests within an API's rate limit: at most `maxAnrop` in any `fonster` seconds. Before a request
/// that would exceed it, it waits until the oldest of the last `maxAnrop` requests is `fonster` seconds old.
/// The clock and the waiting are given, so that tests run without waiting.
public struct Anropstakt {
    /// SCB's limit for its open API: 10 requests in 10 seconds from one address (SCB, "API för
    /// Statistikdatabasen", the v1 API's description; the API answers 429 beyond it).
    public static let scbMaxAnrop = 10
    /// The window of SCB's limit, seconds.
    public static let scbFonster: Double = 10

    /// The most requests in any window.
    public let maxAnrop: Int
    /// The window, seconds.
    public let fonster: Double
    private let nu: () -> Double
    private let vanta: (Double) -> Void
    private var tider: [Double] = []

    /// A limit of `maxAnrop` requests per `fonster` seconds, with the clock `nu` (seconds) and the wait
    /// `vanta` (seconds); by default the system's monotonic clock and sleeping.
    public init(maxAnrop: Int = scbMaxAnrop, fonster: Double = scbFonster,
                nu: @escaping () -> Double = { ProcessInfo.processInfo.systemUptime },
                vanta: @escaping (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }) {
        self.maxAnrop = max(1, maxAnrop)
        self.fonster = fonster
        self.nu = nu
        self.vanta = vanta
    }

    /// Waits, if needed, so that a request made now stays within the limit, and counts it.
    public mutating func fore() {
        let t = nu()
        tider.removeAll { $0 <= t - fonster }
        if tider.count >= maxAnrop {
            let vantan = tider[tider.count - maxAnrop] + fonster - t
            if vantan > 0 { vanta(vantan) }
        }
        tider.append(nu())
    }

    /// Waits a whole window: the API refused a request for its rate (429), so its count differs from ours.
    public mutating func vantaFonster() {
        vanta(fonster)
        tider.removeAll()
    }
}
