import Vokabular

/// Why a deviation report could not be made.
public enum AvvikelseFel: Error, Equatable, CustomStringConvertible {
    /// The ledger holds no outcome for the year; `utfall` is the months it does hold outcome for, if any.
    case utfallSaknas(ar: Int, utfall: ClosedRange<Period>?)

    /// The message in Swedish, saying what to do.
    public var description: String {
        switch self {
        case .utfallSaknas(let ar, let utfall):
            let finns = utfall.map { "utfall finns för \($0.lowerBound)–\($0.upperBound)" } ?? "liggaren har inget utfall alls"
            return "inget utfall för \(ar) att jämföra med (\(finns)); läs in årets utfall först: "
                + "prognos uppfoljning import --utfall FIL"
        }
    }
}
