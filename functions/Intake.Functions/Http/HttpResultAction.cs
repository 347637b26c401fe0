using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Functions.Http;

/// <summary>
/// Runs a minimal-API <see cref="IResult"/> as the <see cref="IActionResult"/> the ASP.NET Core
/// integration executes, so the functions answer byte for byte what <c>intake serve</c> answers.
/// </summary>
public sealed class HttpResultAction(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Result.ExecuteAsync(context.HttpContext);
    }
}
