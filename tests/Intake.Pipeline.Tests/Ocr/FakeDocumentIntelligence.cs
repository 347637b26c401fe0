using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Intake.Pipeline.Tests.Ocr;

/// <summary>One request as the fake service saw it.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? ContentType, string? SubscriptionKey, byte[] Body);

/// <summary>One answer the fake service gives.</summary>
public sealed record FakeReply(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>202 Accepted with Operation-Location (and Retry-After when given), as the analyze operation answers.</summary>
    public static FakeReply Accepted(Uri operationLocation, int? retryAfterSeconds = null) =>
        new(202, null, WithRetryAfter(new Dictionary<string, string> { ["Operation-Location"] = operationLocation.ToString() }, retryAfterSeconds));

    /// <summary>200 with an AnalyzeOperation body: status, and analyzeResult or error.</summary>
    public static FakeReply Operation(string status, JsonNode? analyzeResult = null, JsonNode? error = null, int? retryAfterSeconds = null)
    {
        var body = new JsonObject
        {
            ["status"] = status,
            ["createdDateTime"] = "2026-04-01T09:00:00Z",
            ["lastUpdatedDateTime"] = "2026-04-01T09:00:02Z",
        };
        if (analyzeResult is not null)
        {
            body["analyzeResult"] = analyzeResult;
        }

        if (error is not null)
        {
            body["error"] = error;
        }

        return new(200, body.ToJsonString(), WithRetryAfter([], retryAfterSeconds));
    }

    /// <summary>A DocumentIntelligenceErrorResponse with the given status.</summary>
    public static FakeReply Error(int status, JsonNode error, int? retryAfterSeconds = null) =>
        new(status, new JsonObject { ["error"] = error }.ToJsonString(), WithRetryAfter([], retryAfterSeconds));

    /// <summary>A DocumentIntelligenceError object: code, message, optional innererror.</summary>
    public static JsonObject ErrorObject(string code, string message, string? innerCode = null, string? innerMessage = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (innerCode is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = innerCode, ["message"] = innerMessage ?? innerCode };
        }

        return error;
    }

    private static Dictionary<string, string> WithRetryAfter(Dictionary<string, string> headers, int? seconds)
    {
        if (seconds is { } value)
        {
            headers["Retry-After"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return headers;
    }
}

/// <summary>
/// A stand-in for Azure AI Document Intelligence on 127.0.0.1 and a free port, playing the documented
/// exchange of REST API 2024-11-30: POST …/documentModels/{modelId}:analyze answers with
/// <see cref="OnAnalyze"/>, GET …/analyzeResults/{resultId} with <see cref="OnPoll"/>. Each handler gets
/// the request and its 1-based attempt number.
/// </summary>
public sealed class FakeDocumentIntelligence : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _analyzeCount;
    private int _pollCount;

    private FakeDocumentIntelligence(HttpListener listener, Uri endpoint)
    {
        _listener = listener;
        Endpoint = endpoint;
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public Func<RecordedRequest, int, FakeReply> OnAnalyze { get; set; } = (_, _) => new FakeReply(500);

    public Func<RecordedRequest, int, FakeReply> OnPoll { get; set; } = (_, _) => new FakeReply(500);

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Where the fake says the analysis result lives, as the real service does in Operation-Location.</summary>
    public Uri OperationLocation(string modelId = "prebuilt-layout") =>
        new(Endpoint, $"documentintelligence/documentModels/{modelId}/analyzeResults/3b31320d-8bab-4f88-b19c-2322a7f11034?api-version=2024-11-30");

    public static FakeDocumentIntelligence Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeDocumentIntelligence(listener, new Uri($"http://127.0.0.1:{port}/"));
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding: try another.
                listener.Close();
            }
        }
    }

    /// <summary>The usual happy exchange: 202, then <paramref name="runningPolls"/> times running, then succeeded with the result.</summary>
    public void Succeeds(JsonNode analyzeResult, int runningPolls = 1, int? retryAfterSeconds = 1)
    {
        OnAnalyze = (_, _) => FakeReply.Accepted(OperationLocation(), retryAfterSeconds);
        OnPoll = (_, attempt) => attempt <= runningPolls
            ? FakeReply.Operation("running", retryAfterSeconds: retryAfterSeconds)
            : FakeReply.Operation("succeeded", analyzeResult.DeepClone());
    }

    public async ValueTask DisposeAsync()
    {
        // Close alone, never Stop then Close: on Unix's managed HttpListener each of them removes the listener
        // from its endpoint, and the second removal binds the just-released port again to look for prefixes,
        // so a port taken by anyone in between failed disposal with "Address already in use".
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
            // The listener was closed under a pending GetContextAsync: that is how the loop ends.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer);
        var recorded = new RecordedRequest(request.HttpMethod, request.Url!.PathAndQuery, request.ContentType, request.Headers["Ocp-Apim-Subscription-Key"], buffer.ToArray());
        _requests.Enqueue(recorded);

        FakeReply reply;
        var path = request.Url.AbsolutePath;
        if (request.HttpMethod == "POST" && path.EndsWith(":analyze", StringComparison.Ordinal))
        {
            reply = OnAnalyze(recorded, Interlocked.Increment(ref _analyzeCount));
        }
        else if (request.HttpMethod == "GET" && path.Contains("/analyzeResults/", StringComparison.Ordinal))
        {
            reply = OnPoll(recorded, Interlocked.Increment(ref _pollCount));
        }
        else
        {
            reply = FakeReply.Error(404, FakeReply.ErrorObject("NotFound", "Resource not found."));
        }

        var response = context.Response;
        try
        {
            response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                response.AddHeader(name, value);
            }

            if (reply.Body is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(reply.Body);
                response.ContentType = "application/json; charset=utf-8";
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
            }

            response.Close();
        }
        catch (HttpListenerException)
        {
            // The client went away (a cancelled test): nothing to answer.
        }
    }
}
