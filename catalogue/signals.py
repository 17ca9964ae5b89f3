"""Signals of the catalogue, for the apps above it (which the catalogue never imports).

``stock_changed``: a product went out of stock or came back into stock by a change that sends
no save signal (the storefront's atomic ``UPDATE`` of ``ProductVariant.stock``). Sent by
``storefront.services.stock``; the search re-indexes the products for its "in stock" filter.
Keyword argument ``translation_keys``: the products (every language version) concerned.
"""

from django.dispatch import Signal

stock_changed = Signal()
