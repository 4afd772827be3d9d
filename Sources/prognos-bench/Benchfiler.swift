import Forecasting
import Foundation

/// Files the bench scripts exchange: plain CSV with `,` and decimal point, as R and Python write them.
enum Benchfiler {
    /// Reads a file or stops with a Swedish message.
    static func text(_ path: String) throws -> String {
        do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw BenchFel("kan inte läsa \(path): \(error.localizedDescription)")
        }
    }

    /// The lines of a file without the header and empty lines.
    static func rows(_ path: String) throws -> [[String]] {
        try text(path).split(whereSeparator: \.isNewline).dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// A number written by R or Python; `NA` and empty give `nil`.
    static func number(_ text: String) throws -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "NA" { return nil }
        guard let value = Double(trimmed) else { throw BenchFel("\"\(text)\" är inte ett tal") }
        return value
    }

    /// `name=value;name=value` as written by `bench/ets_peers.R`.
    static func namedValues(_ text: String) throws -> [String: Double] {
        var values: [String: Double] = [:]
        for pair in text.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = try number(parts[1]) else { throw BenchFel("ogiltigt par \"\(pair)\"") }
            values[parts[0]] = value
        }
        return values
    }

    /// A series file: header `value`, one observation per line.
    static func series(_ path: String) throws -> [Double] {
        try rows(path).map { row in
            guard let value = try number(row[0]) else { throw BenchFel("\(path): saknat värde") }
            return value
        }
    }

    /// Writes `lines` under a header, creating the file anew.
    static func write(_ path: String, header: String, lines: [String]) throws {
        do { try ([header] + lines).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw BenchFel("kan inte skriva \(path): \(error.localizedDescription)")
        }
    }
}

/// A bench run that cannot go on, in Swedish.
struct BenchFel: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
