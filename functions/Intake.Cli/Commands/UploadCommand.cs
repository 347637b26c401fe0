using System.CommandLine;
using Azure;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Options;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake upload FILE... [--meta key=value]... [--prefix FOLDER/] [--replace]</c>: puts each file in the
/// <c>intake</c> container under its path relative to the current folder (so <c>a/contract.txt</c> and
/// <c>b/contract.txt</c> are two documents), refuses a blob name that already exists unless
/// <c>--replace</c> is given, prints the document id each upload will be found by, and enqueues the BlobCreated event Event Grid would deliver (Azurite
/// emits none), in the same schema and encoding. Against a deployed account (<c>--account</c>)
/// Event Grid sends the real event, so <c>--no-event</c> avoids a duplicate.
/// Exit codes: 0 uploaded, 1 usage error, 2 storage error or a name that already exists.
/// </summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Files to upload.", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(result =>
        {
            foreach (var file in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!File.Exists(file))
                {
                    result.AddError($"No such file: {file}");
                }
            }
        });

        var meta = new Option<string[]>("--meta", "-m")
        {
            Description = "Blob metadata, repeatable: doctype=licence, ourparty=乙, lang=ja.",
            HelpName = "KEY=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        meta.Validators.Add(result =>
        {
            foreach (var pair in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (ParseMeta(pair) is null)
                {
                    result.AddError($"--meta {pair}: expected key=value with a key of letters, digits and underscores.");
                }
            }
        });

        var prefix = new Option<string?>("--prefix") { Description = "Folder inside the container, e.g. 2026/contracts/.", HelpName = "FOLDER" };
        var replace = new Option<bool>("--replace") { Description = "Replace a blob of the same name (its document gets the new file's findings); without it an existing name is refused." };
        var noEvent = new Option<bool>("--no-event") { Description = "Upload only; do not enqueue a BlobCreated event (Event Grid sends one in Azure)." };

        var connection = new StorageConnection();
        var command = new Command("upload", "Upload documents to the intake container and enqueue their BlobCreated events for `intake serve`.")
        {
            files, meta, prefix, replace, noEvent,
        };
        connection.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var options = connection.Resolve(parseResult);
            var metadata = (parseResult.GetValue(meta) ?? []).Select(ParseMeta).OfType<KeyValuePair<string, string>>()
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
            var clients = new IntakeStorageClients(Options.Create(options));
            var uploader = new DocumentUploader(clients, TimeProvider.System);
            try
            {
                if (!options.UsesServiceUris)
                {
                    await clients.EnsureCreatedAsync(cancellationToken);
                }

                var exitCode = 0;
                foreach (var file in parseResult.GetValue(files) ?? [])
                {
                    var blobName = BlobNameFor(file, Environment.CurrentDirectory, parseResult.GetValue(prefix));
                    await using var stream = File.OpenRead(file);
                    try
                    {
                        var uploaded = await uploader.UploadAsync(blobName, stream, metadata, ContentTypeOf(file), !parseResult.GetValue(noEvent), parseResult.GetValue(replace), cancellationToken);
                        await output.WriteLineAsync($"{uploaded.DocumentId}\t{options.InputContainer}/{uploaded.BlobName}\t{uploaded.Size} bytes");
                    }
                    catch (BlobAlreadyExistsException exception)
                    {
                        // One refused name does not stop the others: each file is its own upload.
                        await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                            $"intake upload: {options.InputContainer}/{exception.BlobName} already exists (document {exception.DocumentId}); not replaced. Use --replace to replace it, or --prefix to upload beside it.");
                        exitCode = 2;
                    }
                }

                return exitCode;
            }
            catch (RequestFailedException exception)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"intake upload: storage refused the request: {exception.Status} {exception.ErrorCode}");
                return 2;
            }
            catch (HttpRequestException exception)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"intake upload: cannot reach storage ({exception.HttpRequestError}). Is Azurite running? npx azurite --silent --location .azurite");
                return 2;
            }
        });
        return command;
    }

    /// <summary>
    /// The blob name of <paramref name="file"/>: its path relative to <paramref name="currentFolder"/>
    /// with '/' separators, after the prefix. A file outside the current folder has no relative path
    /// that is a sensible blob name ("../../x"), so it is named by its file name alone; a clash is then
    /// refused by the conditional upload rather than silently replacing another document.
    /// </summary>
    internal static string BlobNameFor(string file, string currentFolder, string? prefix)
    {
        var relative = Path.GetRelativePath(currentFolder, Path.GetFullPath(file, currentFolder));
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        var name = outside ? Path.GetFileName(file) : relative.Replace(Path.DirectorySeparatorChar, '/');
        var folder = (prefix ?? string.Empty).TrimStart('/');
        return folder.Length == 0 || folder.EndsWith('/') ? folder + name : folder + "/" + name;
    }

    internal static KeyValuePair<string, string>? ParseMeta(string pair)
    {
        var split = pair.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0)
        {
            return null;
        }

        var key = pair[..split].Trim();
        if (!char.IsAsciiLetter(key[0]) && key[0] != '_' || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        // Blob metadata travels in HTTP headers (ASCII); non-ASCII values (甲, 乙) are percent-encoded.
        var value = pair[(split + 1)..].Trim();
        return new(key.ToLowerInvariant(), value.All(char.IsAscii) ? value : Uri.EscapeDataString(value));
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".txt" => "text/plain",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".tif" or ".tiff" => "image/tiff",
        _ => "application/octet-stream",
    };
}
