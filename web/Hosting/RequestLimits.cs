using Microsoft.AspNetCore.Http.Features;

namespace HeresHealthy.Web.Hosting;

/// <summary>
/// Request size limits: an API body may have at most <see cref="MaxBodyBytes"/> (the longest referral is far below),
/// a form post of the sign-in page as much, and a hub message 32 KiB (SignalR's limit). Kestrel enforces the limit on
/// every body as it is read; a declared length over it is answered 413 before anything reads it.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 64 * 1024;

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = MaxBodyBytes;
            o.ValueLengthLimit = 8 * 1024;
        });
        return builder;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await Results.Problem(
                    $"Die Anfrage ist zu groß (höchstens {MaxBodyBytes / 1024} KiB).",
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Anfrage zu groß")
                .ExecuteAsync(http);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        else if (http.Request.ContentLength is null && !http.WebSockets.IsWebSocketRequest)
        {
            http.Request.Body = new LimitedBody(http.Request.Body, MaxBodyBytes);
        }

        await next(http);
    });
}
