using ProDevBot.Data.Cluster;

namespace ProDevBot.Cohorts;

/// <summary>Another instance changed an enrollment (or a cohort): this instance forgets what it kept of it.</summary>
internal sealed class StudentCohortNotices(StudentCohorts students) : IClusterNoticeListener
{
    public string Channel => StudentCohorts.NoticeChannel;

    public void Heard(string payload)
    {
        if (payload == StudentCohorts.Everyone)
        {
            students.ForgetAllLocal();
        }
        else
        {
            students.ForgetLocal(payload);
        }
    }

    public void MayHaveMissedSome() => students.ForgetAllLocal();
}
