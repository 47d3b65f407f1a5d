import ClaimDeskModel
import ClaimDeskService
import Hummingbird

/// `/documents`: the list, the document view with its highlighted claims, and adding a missed claim.
struct DocumentRoutes {
    let service: ClaimDeskService
    /// The document view's rendered bodies (title and body, the add-claim form left as a hole), by history head.
    let cache = RenderCache<ViewKey, (title: String, body: HTML.Template)>()
    /// The documents list's pages, by request and history head.
    let lists = RenderCache<PageKey, HTML>()

    struct ViewKey: Hashable, Sendable {
        var documentId: Int64
        var head: Int
        var options: DocumentViews.ListOptions
    }

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get { request, context -> Page in
            var filter = DocumentFilter()
            filter.lang = try RouteInput.choice(RouteInput.query(request, "lang"), "language")
            filter.status = try RouteInput.choice(RouteInput.query(request, "status"), "status")
            filter.publisher = RouteInput.query(request, "publisher").flatMap { $0.isEmpty ? nil : $0 }
            let number = try RouteInput.page(request)
            let list = try await lists.value(for: PageKey.of(request.uri.description, head: context.head)) {
                @Sendable [service, filter] in
                let page = try await service.documentPage(number, filter: filter)
                return DocumentViews.list(page, filter: filter, publishers: try await service.publishers())
            }
            let ingest = DocumentViews.ingestForm(csrf: Layout.csrfField(context))
            return Page(Layout.page("Documents", context: context, body: list + ingest))
        }
        group.post { _, context -> Page in
            let form = context.form
            let metadata = DocumentMetadata(title: form.text("title"), url: form.text("url"))
            let input: IngestInput
            if let file = form.files["file"], !file.filename.isEmpty || !file.bytes.isEmpty {
                input = .bytes(file.bytes, origin: file.filename.isEmpty ? "upload" : file.filename)
            } else if let text = form["text"], !text.isEmpty {
                input = .bytes(Array(text.utf8), origin: "web")
            } else {
                throw WebError.badRequest("Nothing to ingest: paste the article's text or choose a file.")
            }
            let items = try await context.acting(service).ingest([input], metadata: metadata)
            guard let item = items.first else { throw WebError.badRequest("Nothing to ingest.") }
            let outcome = try item.result.get()
            return Page.redirect(to: "/documents/\(Fragments.documentID(outcome.document))")
        }
        group.get(":id") { request, context -> Page in
            let id = try RouteInput.id(context, as: .document)
            var options = DocumentViews.ListOptions()
            options.byScore = RouteInput.query(request, "sort") == "score"
            options.status = try RouteInput.choice(RouteInput.query(request, "status"), "status")
            options.type = try RouteInput.choice(RouteInput.query(request, "type"), "claim type")
            options.hedgedOnly = RouteInput.query(request, "hedged") == "on"
            options.speaker = RouteInput.query(request, "speaker").flatMap { $0.isEmpty ? nil : $0 }
            return try await documentPage(id, options: options, context: context)
        }
        group.post(":id/claims") { _, context -> Page in
            let id = try RouteInput.id(context, as: .document)
            let form = context.form
            let document = try await service.document(id: id).document
            let quote = try Self.quote(form, text: document.text)
            do {
                let claim = try await context.acting(service).addClaim(
                    documentId: id,
                    quote: quote,
                    note: form.text("note")
                )
                return Page.redirect(to: "/claims/\(Fragments.claimID(claim.claim))?changed=added")
            } catch let error as ClaimDeskError where error.code == .refused {
                return try await documentPage(
                    id,
                    options: DocumentViews.ListOptions(),
                    context: context,
                    status: .unprocessableContent,
                    quote: quote,
                    note: form["note"] ?? "",
                    error: FormWording.message(for: error)
                )
            }
        }
    }

    /// The quote a form names: the selection's UTF-16 offsets when the script sent them, else the pasted text.
    static func quote(_ form: FormData, text: String) throws(WebError) -> String {
        guard let start = form.text("start16"), let end = form.text("end16") else { return form["quote"] ?? "" }
        let offsets = TextOffsets(text)
        guard let start16 = Int(start), let end16 = Int(end), let from = offsets.scalarOffset(ofUTF16: start16),
            let to = offsets.scalarOffset(ofUTF16: end16), from < to
        else { throw .badRequest("The selection's offsets (\(start)–\(end)) do not fall on characters of this text.") }
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[from..<to]))
    }

    private func documentPage(
        _ id: Int64,
        options: DocumentViews.ListOptions,
        context: WebContext,
        status: HTTPResponse.Status = .ok,
        quote: String = "",
        note: String = "",
        error: String? = nil
    ) async throws -> Page {
        let key = context.head.map { ViewKey(documentId: id, head: $0, options: options) }
        let view = try await cache.value(for: key) { @Sendable in
            let detail = try await service.documentDetail(id: id, withHistory: false)
            let title = detail.document.title ?? Fragments.documentID(detail.document)
            return (title, HTML.Template(DocumentViews.detail(detail, options: options, addClaim: HTML.Template.hole)))
        }
        let form = DocumentViews.addClaimForm(
            PublicID.format(id, as: .document),
            csrf: Layout.csrfField(context),
            quote: quote,
            note: note,
            error: error
        )
        let body = view.body.filled(with: form)
        return Page(Layout.page(view.title, context: context, body: body), status: status)
    }
}
