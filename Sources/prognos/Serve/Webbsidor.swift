import Foundation
import Hummingbird

/// The pages of `prognos serve`: `/` and `/kor` the what-if form over the report (the base, or the what-if
/// and its comparison with the base), `/ladda/FIL` a file of the same run (the CSVs, antaganden.yaml,
/// rapport.html) for the same query; `/uppfoljning` the ledger's period report by level (`Uppfoljningssida`) and
/// `/uppfoljning/ladda/FIL` its files; `/favicon.ico` nothing (204); anything else 404. All GET, all answered through `Webbsvar`.
enum Webbsidor {
    /// The router, with the run slots and the base runs every request shares.
    static func router(platser: Korplatser, baser: Baser, liggare db: String) -> Router<BasicRequestContext> {
        let router = Router()
        let whatif = { @Sendable (request: Request, _: BasicRequestContext) async -> Response in
            await Webbsvar.svar { () throws(Webbfel) in Webbsvar.html(try await Whatif.kor(request.uri.query, platser: platser, baser: baser).sida()) }
        }
        router.get("/", use: whatif)
        router.get("/kor", use: whatif)
        router.get("/ladda/:fil") { request, context in
            await nedladdning(request, context) { () throws(Webbfel) in try await Whatif.kor(request.uri.query, platser: platser, baser: baser).filer }
        }
        router.get("/uppfoljning") { request, _ in
            await Webbsvar.svar { () throws(Webbfel) in
                Webbsvar.html(try await Uppfoljningssida.kor(request.uri.query, db: db, platser: platser).sida.html)
            }
        }
        router.get("/uppfoljning/ladda/:fil") { request, context in
            await nedladdning(request, context) { () throws(Webbfel) in try await Uppfoljningssida.kor(request.uri.query, db: db, platser: platser).filer }
        }
        // The pages have no icon; "none" rather than 404, which a browser logs as an error.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("**") { request, _ in await Webbsvar.svar { () throws(Webbfel) in throw .okandSida(request.uri.path) } }
        return router
    }

    /// The file the path's `:fil` names among those `filer` makes for the request; 404 for another name.
    private static func nedladdning(_ request: Request, _ context: BasicRequestContext,
                                    _ filer: () async throws(Webbfel) -> [(namn: String, innehall: String)]) async -> Response {
        await Webbsvar.svar { () throws(Webbfel) in
            let namn = context.parameters.get("fil") ?? ""
            guard let fil = try await filer().first(where: { $0.namn == namn }) else { throw .okandSida(request.uri.path) }
            return Webbsvar.fil(fil.namn, fil.innehall)
        }
    }
}
