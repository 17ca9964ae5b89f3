"""Wholesale and export enquiries: the public form (views, forms), the rules and e-mails
(services) and the staff's list (admin). The model is ``catalogue.models.WholesaleEnquiry``."""
