"""The taxonomy trees (regions, product groups) in memory: the one place that walks them.

Both trees are small (a province's localities and wards, a few dozen groups) and read on every
listing, search, facet and indexing call: descendants ("Hạ Long" includes its wards), ancestors
("Quảng Ninh › Hạ Long"), and names per language. :func:`tree` answers all of these from one
snapshot of the whole table, every language included.

One cache, shared by every process: the snapshot lives in Django's cache (Redis when several app
servers run) under a version token; saving or deleting a node replaces the token once the
transaction commits, so every process, not only the one that saved, loads the new tree on its
next read. A process keeps the snapshot of the current token in memory too, and the token is
read once per request (site_config.memo), so a page full of cards costs one cache look-up per
tree, not one per card. Inside a transaction that changed a tree, that transaction reads its own
view from the database once per change, never shared (other processes must not see a tree that
may still roll back).
"""

import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection, transaction

from site_config.memo import memoized

SNAPSHOT_SECONDS = 24 * 3600  # a safety net only: a save replaces the version token at once
_CACHE_PREFIX = "ocop:taxonomy:1"  # bump when Tree or Node change shape (old pickles in a shared cache)
_DIRTY = "_ocop_taxonomy_changed"  # attribute of the DB connection: {label: Tree or None} changed in this transaction
_memo = {}  # {model label: (version, Tree)}: this process's copy of the current snapshot


@dataclass(frozen=True)
class Node:
    pk: int
    translation_key: str
    locale_id: int
    name: str
    parent_id: int | None
    slug: str
    sort_order: int


@dataclass
class Tree:
    """Every row of one taxonomy model, all languages. Node ids are the rows' primary keys."""

    nodes: dict  # {pk: Node}
    children: dict = field(default_factory=dict)  # {parent pk: [child pks in tree order]}
    names: dict = field(default_factory=dict)  # {(translation key, locale id): name}

    @classmethod
    def from_rows(cls, rows):
        nodes = {row[0]: Node(*row) for row in rows}
        tree = cls(nodes)
        for node in sorted(nodes.values(), key=lambda n: (n.sort_order, n.name, n.pk)):
            tree.children.setdefault(node.parent_id, []).append(node.pk)
            tree.names[(node.translation_key, node.locale_id)] = node.name
        return tree

    def descendant_ids(self, node_id):
        """``node_id`` and the ids of every node below it."""
        ids, frontier = [], [node_id]
        while frontier:
            pk = frontier.pop(0)
            if pk in ids:
                continue
            ids.append(pk)
            frontier.extend(self.children.get(pk, ()))
        return ids

    def ancestor_ids(self, node_id):
        """From the root down to the parent of ``node_id``."""
        chain, seen = [], {node_id}
        node = self.nodes.get(node_id)
        while node is not None and node.parent_id is not None and node.parent_id not in seen:
            seen.add(node.parent_id)
            chain.append(node.parent_id)
            node = self.nodes.get(node.parent_id)
        return list(reversed(chain))

    def name(self, node_id, locale_id):
        """The node's name in ``locale_id``; its own name where that language has no translation."""
        node = self.nodes.get(node_id)
        if node is None:
            return ""
        return self.names.get((node.translation_key, locale_id), node.name)

    def names_up(self, node_id, locale_id):
        """Names of the node and its ancestors in ``locale_id``, the node first."""
        if node_id not in self.nodes:
            return []
        return [self.name(pk, locale_id) for pk in [node_id, *reversed(self.ancestor_ids(node_id))]]

    def names_in(self, locale_id):
        """{translation key: name} of the nodes translated into ``locale_id``."""
        return {key: name for (key, locale), name in self.names.items() if locale == locale_id}

    def in_tree_order(self, locale_id):
        """The nodes of one language, parents before children, siblings by sort order."""
        ordered = []

        def walk(parent_id):
            for pk in self.children.get(parent_id, ()):
                if self.nodes[pk].locale_id == locale_id:
                    ordered.append(self.nodes[pk])
                    walk(pk)

        walk(None)
        return ordered


def _label(model):
    return model._meta.label_lower


def _version_key(model):
    return f"{_CACHE_PREFIX}:{_label(model)}:version"


def _load(model):
    rows = model.objects.order_by().values_list(
        "pk", "translation_key", "locale_id", "name", "parent_id", "slug", "sort_order"
    )
    return Tree.from_rows((pk, str(key), *rest) for pk, key, *rest in rows)


def _changed_here():
    """``{label: Tree or None}`` of the trees this connection's open transaction changed: its own
    view of them (None until read after the last change)."""
    changed = getattr(connection, _DIRTY, None)
    if changed is None:
        changed = {}
        setattr(connection, _DIRTY, changed)
    if changed and not connection.in_atomic_block:
        changed.clear()  # committed (the token is replaced) or rolled back
    return changed


def tree(model):
    """The current :class:`Tree` of ``model`` (Region or ProductGroup)."""
    changed = _changed_here()
    if _label(model) in changed:
        # Changed by this transaction: its own view, read once after each change, never shared.
        if changed[_label(model)] is None:
            changed[_label(model)] = _load(model)
        return changed[_label(model)]
    label = _label(model)
    version = memoized(("taxonomy-version", label), lambda: _current_version(model))
    memo = _memo.get(label)
    if memo is not None and memo[0] == version:
        return memo[1]
    snapshot_key = f"{_CACHE_PREFIX}:{label}:{version}"
    loaded = cache.get(snapshot_key)
    if loaded is None:
        loaded = _load(model)
        cache.set(snapshot_key, loaded, SNAPSHOT_SECONDS)
    _memo[label] = (version, loaded)
    return loaded


def _current_version(model):
    version = cache.get(_version_key(model))
    if version is None:
        cache.add(_version_key(model), uuid.uuid4().hex, None)
        version = cache.get(_version_key(model))
    return version


def tree_changed(model):
    """Call after ``model``'s rows change (the save and delete signals do): every process reads
    the new tree once the transaction commits; this one reads it from the database until then."""
    label = _label(model)
    changed = _changed_here()
    changed[label] = None  # read again at the next look-up

    def new_version():
        cache.set(_version_key(model), uuid.uuid4().hex, None)
        changed.pop(label, None)

    transaction.on_commit(new_version)


def on_node_changed(sender, instance=None, raw=False, **kwargs):
    """post_save / post_delete receiver for Region and ProductGroup (catalogue.apps)."""
    tree_changed(sender)
