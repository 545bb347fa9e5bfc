"""The persons × rooms network: membership, posting, replies, forwarding between rooms;
centrality and communities to surface the core."""
