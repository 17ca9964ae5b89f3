def cart(request):
    return {}
