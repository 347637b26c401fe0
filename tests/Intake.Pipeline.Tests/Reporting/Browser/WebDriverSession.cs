using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Intake.Pipeline.Tests.Reporting.Browser;

/// <summary>
/// One headless Chromium driven through chromedriver's W3C WebDriver endpoints over HTTP on
/// localhost. Written here rather than taken from Selenium.WebDriver because the test needs seven
/// endpoints of a W3C standard plus chromedriver's DevTools pass-through, in one small file, with
/// Debian's driver and browser named explicitly. A new temporary profile each time; the driver and
/// the browser end with Dispose.
/// </summary>
internal sealed class WebDriverSession : IAsyncDisposable
{
    private static readonly string[] s_arguments =
    [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    ];

    private readonly Process _driver;
    private readonly HttpClient _http;
    private readonly string _profile;
    private string? _session;

    private WebDriverSession(Process driver, HttpClient http, string profile)
    {
        _driver = driver;
        _http = http;
        _profile = profile;
    }

    public static async Task<WebDriverSession> StartAsync(CancellationToken cancellationToken = default)
    {
        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException("chromium and chromedriver must be on PATH (apt-get install chromium chromium-driver fonts-ipafont-gothic).");
        }

        var port = FreePort();
        var driver = Process.Start(new ProcessStartInfo(Chromium.DriverPath!, $"--port={port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("chromedriver did not start");
        driver.OutputDataReceived += (_, _) => { };
        driver.ErrorDataReceived += (_, _) => { };
        driver.BeginOutputReadLine();
        driver.BeginErrorReadLine();
        var profile = Directory.CreateTempSubdirectory("intake-chromium-").FullName;
        var session = new WebDriverSession(driver, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) }, profile);
        try
        {
            await session.WaitUntilReadyAsync(cancellationToken);
            await session.CreateAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public Task OpenAsync(string file, CancellationToken cancellationToken = default) =>
        CommandAsync(HttpMethod.Post, "url", new JsonObject { ["url"] = new Uri(file).AbsoluteUri }, cancellationToken);

    public Task ResizeAsync(int width, int height, CancellationToken cancellationToken = default) =>
        CommandAsync(HttpMethod.Post, "window/rect", new JsonObject { ["width"] = width, ["height"] = height }, cancellationToken);

    /// <summary>Runs a function body in the page (WebDriver's script runs through DevTools, not under the page's CSP) and returns its value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string script, CancellationToken cancellationToken = default) =>
        await CommandAsync(HttpMethod.Post, "execute/sync", new JsonObject { ["script"] = script, ["args"] = new JsonArray() }, cancellationToken);

    /// <summary>A DevTools command through chromedriver's <c>goog/cdp/execute</c>.</summary>
    public async Task<JsonNode?> DevToolsAsync(string command, JsonObject parameters, CancellationToken cancellationToken = default) =>
        await CommandAsync(HttpMethod.Post, "goog/cdp/execute", new JsonObject { ["cmd"] = command, ["params"] = parameters }, cancellationToken);

    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken = default)
    {
        var value = await CommandAsync(HttpMethod.Get, "screenshot", null, cancellationToken);
        return Convert.FromBase64String(value!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_session is not null)
            {
                using var _ = await _http.DeleteAsync(new Uri($"session/{_session}", UriKind.Relative));
            }
        }
        catch (HttpRequestException)
        {
            // The driver is ended below either way.
        }
        finally
        {
            if (!_driver.HasExited)
            {
                _driver.Kill(entireProcessTree: true);
            }

            await _driver.WaitForExitAsync();
            _driver.Dispose();
            _http.Dispose();
            TryDelete(_profile);
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var status = await _http.GetAsync(new Uri("status", UriKind.Relative), cancellationToken);
                if (status.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_driver.HasExited)
            {
            }

            if (DateTime.UtcNow >= deadline || _driver.HasExited)
            {
                throw new InvalidOperationException("chromedriver did not answer within 30 s");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        var arguments = new JsonArray([.. s_arguments.Select(a => JsonValue.Create(a)), JsonValue.Create($"--user-data-dir={_profile}")]);
        var capabilities = new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["alwaysMatch"] = new JsonObject
                {
                    ["browserName"] = "chrome",
                    ["goog:chromeOptions"] = new JsonObject { ["binary"] = Chromium.BrowserPath, ["args"] = arguments },
                },
            },
        };
        using var response = await _http.PostAsync(new Uri("session", UriKind.Relative), Json(capabilities), cancellationToken);
        var value = await ValueAsync(response, "new session", cancellationToken);
        _session = value?["sessionId"]?.GetValue<string>() ?? throw new InvalidOperationException("chromedriver gave no session id");
    }

    private async Task<JsonNode?> CommandAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri($"session/{_session}/{path}", UriKind.Relative));
        if (body is not null)
        {
            request.Content = Json(body);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        return await ValueAsync(response, path, cancellationToken);
    }

    private static async Task<JsonNode?> ValueAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"WebDriver {what}: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)?["value"];
    }

    // A buffered body with a Content-Length: chromedriver does not read chunked requests (JsonContent streams).
    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
