import ClaimDeskModel
import ClaimDeskService
import Hummingbird

/// `/captures/:id`: a capture's page as it was archived, read back from the WARC file.
struct CaptureRoutes {
    let service: ClaimDeskService

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get(":id") { _, context -> Page in
            let id = try RouteInput.id(context, as: .capture)
            let name = PublicID.format(id, as: .capture)
            do {
                let view = CaptureView(try await service.archivedCapture(id: id))
                return Page(Layout.page("Capture \(view.id)", context: context, body: view.render()))
            } catch let error as ClaimDeskError where error.code == .tampered {
                return Page(Self.unreadable(name, error, context: context), status: .internalServerError)
            }
        }
    }

    /// The page for an archive that is missing, cut or changed: what failed, and that nothing is guessed.
    static func unreadable(_ name: String, _ error: ClaimDeskError, context: WebContext) -> HTML {
        Layout.page(
            "Capture \(name) cannot be read",
            context: context,
            body: """
                <h1>The archived copy of \(name) cannot be read</h1>
                <p class="error" role="alert" id="archive-error">\(error.message)</p>
                <p>Nothing is shown instead: the live page is never used in place of the archive. \
                Restore the workspace's archive folder from a backup, or check the source again to archive a new copy.</p>
                <p><a href="/documents">Back to the documents</a></p>
                """
        )
    }
}
