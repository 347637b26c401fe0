using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Azure;
using Intake.Hosting.Api;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake findings DOCUMENT-ID</c> prints one document's row and findings; <c>intake findings --list
/// [--status S] [--risk R] [--top N] [--continuation TOKEN]</c> lists a page of documents and, when more
/// exist, how to get the next page. <c>--format json</c> prints what the HTTP API
/// returns. Exit codes: 0 found, 1 usage error, 2 no such document or a storage error.
/// </summary>
internal static class FindingsCommand
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static Command Create()
    {
        var id = new Argument<string?>("document-id") { Description = "The document id that upload printed (also in the documents table).", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list", "-l") { Description = "List documents instead of showing one." };
        var status = new Option<string?>("--status") { Description = "With --list: only this status.", HelpName = "STATUS" };
        status.AcceptOnlyFromAmong([.. Enum.GetNames<DocumentStatus>(), DocumentEntity.ProcessingStatus]);
        var risk = new Option<string?>("--risk") { Description = "With --list: only this risk level.", HelpName = "LEVEL" };
        risk.AcceptOnlyFromAmong(Enum.GetNames<RiskLevel>());
        var top = new Option<int>("--top") { Description = "With --list: at most this many documents (a page); says how to get the next.", DefaultValueFactory = _ => 100 };
        var continuation = new Option<string?>("--continuation") { Description = "With --list: the next page, from the token the previous page printed.", HelpName = "TOKEN" };
        var format = new Option<string>("--format", "-f") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var connection = new StorageConnection();
        var command = new Command("findings", "Show a scanned document's findings from the documents and findings tables, or list documents.")
        {
            id, list, status, risk, top, continuation, format,
        };
        connection.AddTo(command);
        command.Validators.Add(result =>
        {
            var hasId = !string.IsNullOrEmpty(result.GetValue(id));
            if (hasId == result.GetValue(list))
            {
                result.AddError("Give a DOCUMENT-ID or --list.");
            }
            else if (hasId && (result.GetValue(status) is not null || result.GetValue(risk) is not null || result.GetValue(continuation) is not null))
            {
                result.AddError("--status, --risk and --continuation go with --list.");
            }
        });

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var json = parseResult.GetValue(format) == "json";
            var store = new DocumentStore(new IntakeStorageClients(Options.Create(connection.Resolve(parseResult))));
            try
            {
                if (parseResult.GetValue(list))
                {
                    var (documents, next) = await ListAsync(store, parseResult.GetValue(status), parseResult.GetValue(risk), Math.Max(1, parseResult.GetValue(top)), parseResult.GetValue(continuation), cancellationToken);
                    await output.WriteLineAsync(json ? JsonSerializer.Serialize(new DocumentListView(documents, next), s_json) : Table(documents));
                    if (!json && next is not null)
                    {
                        // Never a silent cut: the table says there is more and how to get it.
                        await output.WriteLineAsync($"More documents exist. Next page: intake findings --list{Filters(parseResult.GetValue(status), parseResult.GetValue(risk))} --top {Number(documents.Count)} --continuation {next}");
                    }

                    return 0;
                }

                var documentId = parseResult.GetValue(id)!;
                var row = DocumentId.IsWellFormed(documentId) ? await store.GetAsync(documentId, cancellationToken) : null;
                if (row is null)
                {
                    await error.WriteLineAsync($"intake findings: no document {documentId}");
                    return 2;
                }

                var view = DocumentView.From(row, await store.GetFindingsAsync(documentId, row.BlobETag, cancellationToken));
                await output.WriteLineAsync(json ? JsonSerializer.Serialize(view, s_json) : Detail(view));
                return 0;
            }
            catch (InvalidPageTokenException exception)
            {
                await error.WriteLineAsync($"intake findings: {exception.Message}.");
                return 1;
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                await error.WriteLineAsync("intake findings: no documents table yet; upload and scan something first.");
                return 2;
            }
            catch (RequestFailedException exception)
            {
                await error.WriteLineAsync($"intake findings: storage refused the request: {exception.Status} {exception.ErrorCode}");
                return 2;
            }
            catch (HttpRequestException exception)
            {
                await error.WriteLineAsync($"intake findings: cannot reach storage ({exception.HttpRequestError}).");
                return 2;
            }
        });
        return command;
    }

    // Up to `top` documents from `token` on, and the token of what follows (null: nothing more).
    private static async Task<(List<DocumentView> Documents, string? Next)> ListAsync(DocumentStore store, string? status, string? risk, int top, string? token, CancellationToken cancellationToken)
    {
        var documents = new List<DocumentView>();
        do
        {
            var page = await store.ListAsync(new DocumentQuery(status, risk, Math.Min(top - documents.Count, DocumentQuery.MaxPageSize), token), cancellationToken);
            documents.AddRange(page.Documents.Select(d => DocumentView.From(d)));
            token = page.ContinuationToken;
        }
        while (token is not null && documents.Count < top);
        return (documents, token);
    }

    private static string Filters(string? status, string? risk) =>
        (status is null ? string.Empty : " --status " + status) + (risk is null ? string.Empty : " --risk " + risk);

    private static string Table(List<DocumentView> documents)
    {
        if (documents.Count == 0)
        {
            return "No documents.";
        }

        var lines = new List<string> { "ID\tSTATUS\tRISK\tCLAUSES\tFINDINGS\tBLOB\tREASON" };
        lines.AddRange(documents.Select(d => string.Join('\t', d.Id, d.Status, d.RiskLevel ?? "-", Number(d.Clauses), Number(d.FindingCount), d.Blob, d.Reason ?? string.Empty)));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Detail(DocumentView d)
    {
        var lines = new List<string>
        {
            $"{d.Id}  {d.Blob}",
            $"status {d.Status}{(d.Reason is null ? string.Empty : " — " + d.Reason)}",
            $"risk {d.RiskLevel ?? "-"}; {d.DocumentType ?? "Unknown"}, {d.Language ?? "?"}, {Number(d.Pages)} pages, {Number(d.Clauses)} clauses, {Number(d.FindingCount)} findings; model {d.ModelVersion ?? "none"}",
        };
        lines.AddRange(d.RiskReasons.Select(r => "  • " + r));
        foreach (var f in d.Findings ?? [])
        {
            var where = f.Page is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" p.{f.Page}");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"[{f.Severity}] {f.Label} ({f.Confidence:0.00}){where} {f.Heading}"));
            if (f.Text is not null)
            {
                lines.Add("    " + (f.Text.Length > 200 ? f.Text[..200] + "…" : f.Text));
            }

            if (f.Route is not null)
            {
                lines.Add("    route: " + f.Route + (f.Basis.Count == 0 ? string.Empty : " · basis: " + f.Basis[0].Cite(d.Language)));
            }

            if (f.Recommendation is not null)
            {
                lines.Add("    → " + f.Recommendation);
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
