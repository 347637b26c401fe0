using System.Diagnostics;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Classification.Model;
using Intake.Pipeline.Segmentation;
using Intake.Training.Baselines;
using Intake.Training.Data;

namespace Intake.Training.Benchmark;

/// <summary>
/// One throughput figure: clauses per second, and the bytes the process allocated per clause meanwhile (on every
/// thread: what the garbage collector has to take back, the cost that dominated explaining on a two-core machine).
/// </summary>
public sealed record Throughput(string Name, int Clauses, double Seconds, long AllocatedBytes = 0)
{
    public double ClausesPerSecond => Clauses / Math.Max(Seconds, 1e-9);

    public double BytesPerClause => AllocatedBytes / (double)Math.Max(Clauses, 1);
}

/// <summary>One round of timings: the model's pipelines and the references, one after another.</summary>
public sealed record BenchmarkRun(IReadOnlyList<Throughput> Model, IReadOnlyList<Throughput> References);

public sealed record BenchmarkResult(
    string ModelVersion,
    long ModelBytes,
    double FirstLoadMilliseconds,
    double WarmLoadMilliseconds,
    int ProcessorCount,
    IReadOnlyList<BenchmarkRun> Runs,
    double FirstJapaneseClauseMilliseconds = 0)
{
    /// <summary>The pipelines timed, in order (the same in every run).</summary>
    public IReadOnlyList<string> Names => [.. Runs[0].Model.Concat(Runs[0].References).Select(t => t.Name)];

    /// <summary>Every run's clauses per second of one pipeline.</summary>
    public IReadOnlyList<double> ClausesPerSecond(string name) =>
        [.. Runs.Select(r => r.Model.Concat(r.References).Single(t => t.Name == name).ClausesPerSecond)];

    /// <summary>Every run's bytes allocated per clause by one pipeline.</summary>
    public IReadOnlyList<double> BytesPerClause(string name) =>
        [.. Runs.Select(r => r.Model.Concat(r.References).Single(t => t.Name == name).BytesPerClause)];

    /// <summary>Every run's ratio of one pipeline to the reference timed in the same run.</summary>
    public IReadOnlyList<double> Ratios(string name, string reference) =>
        [.. ClausesPerSecond(name).Zip(ClausesPerSecond(reference), (a, b) => a / b)];

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>
/// The work of <c>intake bench</c>: model size, load time (first load in this process, then the median
/// of warm loads), and clauses per second one at a time and in batches, through the classification
/// seam (with explanations, as a scan uses it) and as bare scores. The keyword matcher — and the plain
/// ML.NET pipeline when corpus clauses are given to train it on — are timed in the same run on the same
/// clauses, so the figures can be read as ratios on any machine. With several runs every pipeline is timed once
/// per run, in turns, so that a machine whose speed drifts (this project's development machines swing by ±20 %)
/// gives a median and a range rather than one lucky or unlucky figure.
/// </summary>
public static class ClassifierBenchmark
{
    public static BenchmarkResult Run(string modelPath, IReadOnlyList<LabelledClause> clauses, TimeSpan budget, Action<string>? progress = null, int runs = 1)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        if (clauses.Count == 0)
        {
            throw new ArgumentException("No clauses to time.", nameof(clauses));
        }

        var bytes = new FileInfo(modelPath).Length;
        var started = Stopwatch.GetTimestamp();
        var model = ClauseModel.Load(modelPath);
        var firstLoad = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        // Load and first score of a Japanese clause: waits for the word dictionary the model's recipe may load in the background.
        started = Stopwatch.GetTimestamp();
        _ = ClauseModel.Load(modelPath).Predict("本契約の準拠法は日本法とする。", null);
        var firstJapanese = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var warm = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            started = Stopwatch.GetTimestamp();
            _ = ClauseModel.Load(modelPath);
            warm.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        warm.Sort();
        var classifier = new ClauseModelClassifier(model);
        var segmentClauses = clauses.Select((c, i) => new Clause(c.Text, c.Heading, null, 1, i, c.Language)).ToList();
        var texts = clauses.Select(c => c.Text).ToList();

        // Warm up the JIT on everything timed below.
        classifier.Classify(segmentClauses.Take(200).ToList());
        KeywordMatcher.Decide(texts[0]);

        PlainLogisticRegression? plain = null;
        var trainable = clauses.Where(c => c.Known is null).Take(3000).ToList();
        if (trainable.Count >= 200 && trainable.Any(c => c.Positives.Count > 0))
        {
            progress?.Invoke("training the plain ML.NET pipeline (FeaturizeText + logistic regression) for the comparison");
            plain = PlainLogisticRegression.Train(trainable, seed: 1);
            plain.CountDecided(texts.Take(100).ToList());
        }

        var timed = new List<BenchmarkRun>();
        for (var run = 1; run <= Math.Max(1, runs); run++)
        {
            var results = new List<Throughput>
            {
                Time("model, single (one clause per call, with explanations)", budget, segmentClauses.Count, i => classifier.Classify([segmentClauses[i]])),
                TimeBatch("model, batch (1,024 per call, with explanations)", budget, segmentClauses, batch => classifier.Classify(batch)),
                TimeBatch("model, batch scores only", budget, segmentClauses, batch => Parallel.ForEach(batch, c => model.Predict(c.Text, c.Heading))),
            };

            var references = new List<Throughput>
            {
                Time("keyword matcher, single", budget, texts.Count, i => KeywordMatcher.Decide(texts[i])),
            };

            if (plain is not null)
            {
                references.Add(TimeBatch($"plain ML.NET pipeline, batch ({plain.TrainedLabels.Count} labels)", budget, texts, batch => plain.CountDecided(batch)));
            }

            timed.Add(new BenchmarkRun(results, references));
            progress?.Invoke($"run {run} of {Math.Max(1, runs)} timed");
        }

        return new BenchmarkResult(model.Version, bytes, firstLoad, warm[warm.Count / 2], Environment.ProcessorCount, timed, firstJapanese);
    }

    private static Throughput Time(string name, TimeSpan budget, int count, Action<int> action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var done = 0;
        while (watch.Elapsed < budget || done < count)
        {
            action(done % count);
            done++;
            if (done >= count && watch.Elapsed >= budget)
            {
                break;
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        return new Throughput(name, done, seconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static Throughput TimeBatch<T>(string name, TimeSpan budget, IReadOnlyList<T> items, Action<List<T>> action)
    {
        var batches = items.Chunk(1024).Select(c => c.ToList()).ToList();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var done = 0;
        var round = 0;
        while (round == 0 || watch.Elapsed < budget)
        {
            foreach (var batch in batches)
            {
                action(batch);
                done += batch.Count;
            }

            round++;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        return new Throughput(name, done, seconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }
}
