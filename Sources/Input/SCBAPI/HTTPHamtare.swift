import Foundation

/// One HTTP request: a GET, or a POST of a JSON body.
public struct HTTPForfragan: Sendable, Equatable {
    /// The address.
    public let url: URL
    /// The JSON body of a POST; nil for a GET.
    public let kropp: Data?

    /// Creates a request: a GET without `kropp`, a POST of `kropp` as JSON with it.
    public init(url: URL, kropp: Data? = nil) {
        self.url = url
        self.kropp = kropp
    }
}

/// An HTTP answer: its status code and body.
public struct HTTPSvar: Sendable {
    /// The HTTP status code (200 for success).
    public let status: Int
    /// The body as received.
    public let data: Data

    /// Creates an answer.
    public init(status: Int, data: Data) {
        self.status = status
        self.data = data
    }
}

/// A request that got no HTTP answer at all (no connection, a timeout), in words the user reads.
public struct HTTPFel: Error, Sendable {
    /// What went wrong, in Swedish.
    public let beskrivning: String

    /// Creates the error.
    public init(_ beskrivning: String) { self.beskrivning = beskrivning }
}

/// What fetches over HTTP. `URLSessionHamtare` goes to the network; tests substitute recorded answers.
public protocol HTTPHamtare {
    /// Sends `forfragan` and returns the answer, whatever its status; throws only when there is none.
    func hamta(_ forfragan: HTTPForfragan) throws(HTTPFel) -> HTTPSvar
}
