import Foundation

/// The body of a PX-Web data query (API v1): each variable with the codes wanted, and the answer asked for
/// as JSON-stat 2.0. A variable the query leaves out is summed over, if the table allows it.
struct PXWebFraga {
    /// The variables' codes and the values wanted of each, in the table's order.
    let urval: [(kod: String, varden: [String])]

    /// The JSON body, keys sorted so that the same query is always the same text.
    var kropp: Data {
        let fragor: [[String: Any]] = urval.map { ["code": $0.kod, "selection": ["filter": "item", "values": $0.varden]] }
        let objekt: [String: Any] = ["query": fragor, "response": ["format": "json-stat2"]]
        // A dictionary of strings and lists of strings always serialises.
        return (try? JSONSerialization.data(withJSONObject: objekt, options: [.sortedKeys])) ?? Data()
    }

    /// The number of values the answer holds: the product of the numbers of codes chosen.
    var antalVarden: Int { urval.reduce(1) { $0 * $1.varden.count } }
}
