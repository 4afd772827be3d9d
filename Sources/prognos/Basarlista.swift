import ArgumentParser
import Vokabular

/// One or more base years as `--basar` takes them: `2005` or `1985,1990,1995`.
struct Basarlista: ExpressibleByArgument {
    let ar: [Int]

    init?(argument: String) {
        let ar = argument.split(separator: ",", omittingEmptySubsequences: false)
            .map { Int($0) }
        guard !ar.isEmpty, ar.allSatisfy({ $0.map(Artal.giltigt) ?? false }) else { return nil }
        self.ar = ar.map { $0! }
    }
}
