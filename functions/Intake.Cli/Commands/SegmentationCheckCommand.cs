using System.CommandLine;
using System.Globalization;
using Intake.Cli.Scanning;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Segmentation.Quality;

namespace Intake.Cli.Commands;

/// <summary>
/// <c>intake eval segmentation PATH... [--examples N]</c>: extracts and segments the documents and
/// reports how many clauses are contents lines, bare headings, carry a glued page number or stop
/// mid-sentence. Prints counts; flawed texts only with --examples, on this terminal, for the person
/// tuning the segmenter (they are the documents' words: never paste them into the repository).
/// </summary>
internal static class SegmentationCheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (PDF, DOCX, text).", Arity = ArgumentArity.OneOrMore };
        var examples = new Option<int>("--examples") { Description = "Show up to N flawed clause texts per kind of flaw.", HelpName = "N" };
        var command = new Command("segmentation", "Check clause segmentation on real documents: contents lines, bare headings, glued page numbers, clauses cut mid-sentence.") { paths, examples };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var inputs = ScanInputs.Collect(parseResult.GetValue(paths)!, (folder, problem) => stderr.WriteLine($"intake eval segmentation: skipped the folder {folder}: {problem}"));
            if (inputs.Count == 0)
            {
                await stderr.WriteLineAsync("intake eval segmentation: no files found under the given paths.");
                return 1;
            }

            var extractor = new DocumentExtractor();
            var segmenter = new ClauseSegmenter();
            var clauses = new IReadOnlyList<Clause>?[inputs.Count];
            var apart = new (int Signatures, int Forms)[inputs.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var extraction = await extractor.ExtractAsync(await File.ReadAllBytesAsync(inputs[i].FullPath, ct), inputs[i].Source, ct);
                var segmented = extraction.Document is { } document ? segmenter.Segment(document) : null;
                clauses[i] = segmented is null ? null : [.. segmented.Where(c => c.IsTerm)];
                apart[i] = segmented is null ? default : (segmented.Count(c => c.IsSignatureBlock), segmented.Count(c => c.IsForm));
            });

            var check = new SegmentationCheck();
            var perFlaw = parseResult.GetValue(examples);
            for (var i = 0; i < inputs.Count; i++)
            {
                if (clauses[i] is { } found)
                {
                    check.Add(inputs[i].Source, found, perFlaw);
                }
                else
                {
                    await stderr.WriteLineAsync($"intake eval segmentation: not read: {inputs[i].Source}");
                }
            }

            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{check.Documents.Count} documents, {check.Clauses} clauses, {check.Flawed} flawed ({check.FlawedShare:P2})"));
            foreach (var flaw in Enum.GetValues<ClauseFlaw>().Where(f => f != ClauseFlaw.None))
            {
                var count = check.Counts.GetValueOrDefault(flaw);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {flaw,-16} {count,6} ({(check.Clauses == 0 ? 0 : count / (double)check.Clauses):P2})"));
            }

            // What was kept apart is shown, so a rule that hides clauses as signatures or forms is seen.
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  kept apart (not counted): {apart.Sum(a => a.Signatures)} signature or address blocks, {apart.Sum(a => a.Forms)} forms"));
            await stdout.WriteLineAsync("Most flawed documents:");
            foreach (var (source, count, flawed) in check.Documents.Where(d => d.Flawed > 0).OrderByDescending(d => d.Flawed / (double)Math.Max(1, d.Clauses)).Take(10))
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {flawed,4} of {count,4}  {source}"));
            }

            foreach (var (flaw, texts) in check.Examples)
            {
                await stdout.WriteLineAsync($"{flaw}:");
                foreach (var text in texts)
                {
                    await stdout.WriteLineAsync("  " + (text.Length > 220 ? string.Concat(text.AsSpan(0, 100), " … ", text.AsSpan(text.Length - 100)) : text));
                }
            }

            return 0;
        });
        return command;
    }
}
