package io.github.passwordcare.production.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;

/**
 * Proof that the two nodes formed one cluster, not two lonely ones: Infinispan logs each new view
 * (ISPN000094 "Received new cluster view for channel ISPN: [node|n] (2) [a, b]"); both nodes' logs
 * must show a view of two members.
 */
final class ClusterView {

  private static final Pattern TWO_MEMBERS =
      Pattern.compile(
          "ISPN000094: Received new cluster view for channel \\S+: \\[[^\\]]+\\] \\(2\\)");

  private ClusterView() {}

  static void awaitTwoMembers(TwoNodeCluster cluster) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      boolean all = true;
      for (TwoNodeCluster.Node node : cluster.nodes()) {
        all &= TWO_MEMBERS.matcher(Files.readString(node.log())).find();
      }
      if (all) {
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(
            "the nodes did not form one cluster of 2 within 60 s"
                + cluster.node(2).server().logTail());
      }
      Thread.sleep(500);
    }
  }

  /** Waits until node 2's log shows a new view of 2 members after {@code offset} characters. */
  static void awaitTwoMembersSince(TwoNodeCluster cluster, int offset)
      throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      String log = Files.readString(cluster.node(2).log());
      if (TWO_MEMBERS.matcher(log.substring(Math.min(offset, log.length()))).find()) {
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("node 1 did not rejoin the cluster within 60 s");
      }
      Thread.sleep(500);
    }
  }
}
