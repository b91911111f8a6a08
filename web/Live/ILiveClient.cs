namespace HeresHealthy.Web.Live;

/// <summary>What the server calls on a browser.</summary>
public interface ILiveClient
{
    Task Push(LivePush push);
}
