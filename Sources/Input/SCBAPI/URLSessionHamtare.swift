import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches over the network with Foundation's URLSession (on Linux through the system's libcurl, which the
/// Swift toolchain itself requires), waiting for each answer.
public struct URLSessionHamtare: HTTPHamtare {
    /// How long a request may take, seconds.
    public let tidsgrans: TimeInterval

    /// Creates the fetcher with a time limit per request.
    public init(tidsgrans: TimeInterval = 120) {
        self.tidsgrans = tidsgrans
    }

    /// The answer, or its absence, handed from URLSession's thread to the waiting one.
    private final class Utfall: @unchecked Sendable {
        let klar = DispatchSemaphore(value: 0)
        var resultat: Result<HTTPSvar, HTTPFel> = .failure(HTTPFel("inget svar"))
    }

    /// Why a request got no answer, in Swedish where the reason is a common one.
    private static func orsak(_ fel: any Error) -> String {
        switch (fel as? URLError)?.code {
        case .cannotFindHost?, .dnsLookupFailed?: return "servern hittades inte"
        case .notConnectedToInternet?, .networkConnectionLost?: return "ingen nätverksanslutning"
        case .cannotConnectToHost?: return "servern tog inte emot anslutningen"
        case .timedOut?: return "inget svar inom tidsgränsen"
        case .secureConnectionFailed?, .serverCertificateUntrusted?: return "den krypterade anslutningen misslyckades"
        default: return fel.localizedDescription
        }
    }

    public func hamta(_ forfragan: HTTPForfragan) throws(HTTPFel) -> HTTPSvar {
        var request = URLRequest(url: forfragan.url, timeoutInterval: tidsgrans)
        if let kropp = forfragan.kropp {
            request.httpMethod = "POST"
            request.httpBody = kropp
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let utfall = Utfall()
        let uppgift = URLSession.shared.dataTask(with: request) { data, svar, fel in
            if let svar = svar as? HTTPURLResponse {
                utfall.resultat = .success(HTTPSvar(status: svar.statusCode, data: data ?? Data()))
            } else {
                utfall.resultat = .failure(HTTPFel("fick inget svar från \(forfragan.url.host ?? forfragan.url.absoluteString)"
                    + (fel.map { " (\(Self.orsak($0)))" } ?? "")))
            }
            utfall.klar.signal()
        }
        uppgift.resume()
        utfall.klar.wait()
        return try utfall.resultat.get()
    }
}
