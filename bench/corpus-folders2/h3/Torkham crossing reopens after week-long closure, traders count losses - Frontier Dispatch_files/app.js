document.addEventListener("DOMContentLoaded",function(){var c=document.getElementById("cookies");if(c){c.remove();}});
