namespace ProDevBot.Tests.Fakes;

/// <summary>
/// A load balancer in front of a cluster: each request goes to the next instance in turn (round robin), so a test's
/// second request lands on another instance than its first.
/// </summary>
public sealed class AlternatingHandler(IReadOnlyList<Uri> instances) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _next = -1;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var instance = instances[(int)((uint)Interlocked.Increment(ref _next) % (uint)instances.Count)];
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = instance.Scheme, Host = instance.Host, Port = instance.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
