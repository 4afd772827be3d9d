import Application
import Dispatch

/// How many chain runs the server does at once: one per processor, so that a run takes what it takes alone
/// (a deterministic chain: well under a second) and a request beyond them is refused at once instead of
/// waiting behind the others. Runs go to a dispatch queue, off the threads that serve requests.
actor Korplatser {
    private let antal: Int
    private var upptagna = 0

    init(antal: Int) { self.antal = antal }

    /// `arbete`'s result, run in a free slot; `Webbfel.upptagen` when there is none.
    func kor<T: Sendable>(_ arbete: @escaping @Sendable () throws(Korfel) -> T) async throws(Webbfel) -> Result<T, Korfel> {
        guard upptagna < antal else { throw .upptagen }
        upptagna += 1
        defer { upptagna -= 1 }
        return await withCheckedContinuation { fortsattning in
            DispatchQueue.global().async { fortsattning.resume(returning: Result { () throws(Korfel) in try arbete() }) }
        }
    }
}
