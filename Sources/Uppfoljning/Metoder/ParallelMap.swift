import Foundation
import Synchronization

/// Work spread over threads with the results in index order: `work(i)` for every `i` in `0..<count`, the
/// indices handed out one at a time to up to `threads` threads, so that a slow fit does not hold back a
/// whole block. Each result depends on its index only, so the results are the same for every thread count.
enum ParallelMap {
    /// Every processor the process may use.
    static var allCores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `[work(0), …, work(count − 1)]`, computed on up to `threads` threads (nil: ``allCores``); `progress`
    /// hears the weight done after each index, from whichever thread finished it: the sum of `weights` over the
    /// indices done (each index 1 without them), not told of an index of weight 0.
    static func map<T: Sendable>(_ count: Int, threads: Int? = nil, weights: [Int]? = nil, progress: (@Sendable (Int) -> Void)? = nil,
                                 _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        let next = Atomic<Int>(0), done = Atomic<Int>(0)
        let workers = max(1, min(threads ?? allCores, count))
        let run: @Sendable (Int) -> Void = { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < count else { return }
                results.set(i, work(i))
                let weight = weights?[i] ?? 1
                guard weight > 0 else { continue }
                progress?(done.add(weight, ordering: .relaxed).newValue)
            }
        }
        if workers == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: run) }
        return results.values()
    }

    /// One slot per index, each written by exactly one thread before `values()` reads them all.
    private final class Results<T>: @unchecked Sendable {
        private let count: Int
        private let base: UnsafeMutablePointer<T?>

        init(count: Int) {
            self.count = count
            base = UnsafeMutablePointer<T?>.allocate(capacity: count)
            base.initialize(repeating: nil, count: count)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        func set(_ i: Int, _ value: T) { base[i] = value }

        func values() -> [T] { (0..<count).map { base[$0]! } }
    }
}
