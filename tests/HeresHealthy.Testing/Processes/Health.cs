using System.Net;

namespace HeresHealthy.Testing.Processes;

public static class Health
{
    /// <summary>
    /// Asks <paramref name="address"/>/health every <paramref name="interval"/> until it answers 200; fails at once when
    /// <paramref name="gone"/> names a reason (the process exited), or after <paramref name="attempts"/> attempts.
    /// </summary>
    public static async Task WaitAsync(Uri address, Func<Task<string?>> gone, int attempts, TimeSpan interval, Func<string> details)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (await gone() is { } reason)
            {
                throw new InvalidOperationException($"{address}: {reason}\n{details()}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }

            await Task.Delay(interval);
        }

        throw new TimeoutException($"{address} did not pass /health:\n{details()}");
    }
}
