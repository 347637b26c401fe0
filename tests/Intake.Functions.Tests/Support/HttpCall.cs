using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Functions.Tests.Support;

/// <summary>What an HTTP function answered, after its result ran against a real <see cref="HttpContext"/>.</summary>
public sealed record HttpAnswer(int Status, string? ContentType, string Body, IHeaderDictionary Headers);

internal static class HttpCall
{
    /// <summary>
    /// Calls an HTTP function the way the ASP.NET Core integration does: an <see cref="HttpRequest"/>
    /// whose services are the app's, then the returned <see cref="IActionResult"/> executed on the response.
    /// </summary>
    public static async Task<HttpAnswer> GetAsync(IServiceProvider services, string queryString, Func<HttpRequest, Task<IActionResult>> function)
    {
        using var scope = services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.QueryString = new QueryString(queryString);
        using var body = new MemoryStream();
        context.Response.Body = body;

        var result = await function(context.Request);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        return new HttpAnswer(context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(body.ToArray()), context.Response.Headers);
    }
}
